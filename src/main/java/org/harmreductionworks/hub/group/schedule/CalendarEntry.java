package org.harmreductionworks.hub.group.schedule;

import java.util.Objects;

/**
 * What a calendar shows for a group's meetings.
 *
 * @param uid         stable across every export of the same group (e.g. {@code slug@harmreductionworks}), so a
 *                    calendar that subscribes updates the meetings instead of adding them again
 * @param location    may be null, e.g. for a group that shares its address only on request
 * @param url         may be null
 */
public record CalendarEntry(String uid, String summary, String description, String location, String url) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
    }
}
