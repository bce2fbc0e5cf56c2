package org.harmreductionworks.hub.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.harmreductionworks.hub.group.schedule.NextMeetingCalculator;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;

/**
 * One listed group as the directory keeps it: only what the public may see, in the form searches and feeds are
 * written from, plus what filters and orders read. Immutable but for the remembered next meeting.
 */
final class DirectoryEntry {

    /** Until a next meeting appears, the answer "none" is looked at again after this long. */
    private static final long NONE_RECHECKED_AFTER_SECONDS = 60;

    final PublicListing listing;
    /** The public position (rounded for groups that keep theirs private); NaN when the group has none. */
    final double latitude;
    final double longitude;
    final String locality;
    /** The locality lower-cased once, since every order by name compares it. */
    final String sortName;
    /** The group's town even when the listing does not show it (online groups), as the old search matched it. */
    final String city;
    final LocalDate lastVerified;
    final GroupViews.Contact contact;
    final long revision;

    /** The next meeting, as worked out at some moment, and until when that answer holds. */
    private record Next(Instant validUntil, LocalDate changesSince, GroupViews.NextMeeting meeting) {
    }

    private volatile Next next;

    DirectoryEntry(DirectoryRows.Row row) {
        MeetingGroup group = row.group();
        this.listing = PublicListing.of(group, List.copyOf(row.changes()), null, null);
        PublicPosition position = PublicPosition.of(group);
        this.latitude = position == null ? Double.NaN : position.latitude();
        this.longitude = position == null ? Double.NaN : position.longitude();
        this.locality = group.locality;
        this.sortName = group.locality.toLowerCase(Locale.ROOT);
        this.city = group.city;
        this.lastVerified = group.lastVerified;
        this.contact = GroupViewMapper.contact(group);
        this.revision = group.revision;
    }

    long id() {
        return listing.id();
    }

    boolean hasPosition() {
        return !Double.isNaN(latitude);
    }

    /**
     * The changes a search takes into account: from two days ago on, as they were read when the directory was in
     * the database alone. Older ones cannot change a next meeting, and feeds have never listed them.
     */
    List<ScheduleChange> changesSince(LocalDate since) {
        List<ScheduleChange> all = listing.changes();
        if (all.isEmpty() || !all.get(0).date().isBefore(since)) {
            return all;
        }
        List<ScheduleChange> recent = new ArrayList<>(all.size());
        for (ScheduleChange change : all) {
            if (!change.date().isBefore(since)) {
                recent.add(change);
            }
        }
        return recent;
    }

    /**
     * The first meeting that starts after {@code now}. It stays the answer until it starts, so it is worked out
     * once per meeting rather than once per search that shows it.
     */
    GroupViews.NextMeeting nextMeeting(Instant now, LocalDate changesSince) {
        Next known = next;
        if (known != null && now.isBefore(known.validUntil()) && known.changesSince().equals(changesSince)) {
            return known.meeting();
        }
        GroupViews.NextMeeting meeting = NextMeetingCalculator
                .next(listing.schedule(), changesSince(changesSince), now)
                .map(o -> GroupViewMapper.meeting(listing.schedule().zone().getId(), o)).orElse(null);
        next = new Next(meeting != null ? meeting.start() : now.plusSeconds(NONE_RECHECKED_AFTER_SECONDS),
                changesSince, meeting);
        return meeting;
    }

    GroupViews.Summary summary(Double distanceKm, GroupViews.NextMeeting meeting, Clock clock) {
        PublicListing l = listing;
        return new GroupViews.Summary(l.slug(), l.name(), l.format(), l.focus(), l.attendance(), l.place(),
                distanceKm, meeting, l.offerings(), l.languages(),
                GroupViewMapper.stale(lastVerified, clock), l.example());
    }

    /** The group's page as anyone who does not host it sees it. */
    GroupViews.Detail detail(Clock clock) {
        return GroupViewMapper.detail(listing, contact, lastVerified, revision, clock.instant(), clock, false, null);
    }

    PublicListing listing(LocalDate changesSince, Double distanceKm, GroupViews.NextMeeting meeting) {
        return listing.with(changesSince(changesSince), distanceKm, meeting);
    }
}
