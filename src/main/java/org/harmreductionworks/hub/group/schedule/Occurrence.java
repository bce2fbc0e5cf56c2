package org.harmreductionworks.hub.group.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * One actual meeting, in the group's time zone.
 *
 * @param moved whether it was moved from its regular date or time
 */
public record Occurrence(ZonedDateTime start, ZonedDateTime end, boolean moved) {

    public Instant startInstant() {
        return start.toInstant();
    }

    /** The start as the group's members read it on their clocks. */
    public LocalDateTime localStart() {
        return start.toLocalDateTime();
    }
}
