package org.harmreductionworks.hub.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
    /** How to reach the group; the page's contact block is made from it when asked for. */
    final GroupEnums.ContactMethod contactMethod;
    final String publicEmail;
    final long revision;

    /** The next meeting, as worked out at some moment, and until when that answer holds. */
    private record Next(Instant validUntil, LocalDate changesSince, GroupViews.NextMeeting meeting) {
    }

    private volatile Next next;

    DirectoryEntry(DirectoryRows.Row row, Shared shared) {
        MeetingGroup group = row.group();
        this.listing = shared.listing(PublicListing.of(group, List.copyOf(row.changes()), null, null));
        PublicPosition position = PublicPosition.of(group);
        this.latitude = position == null ? Double.NaN : position.latitude();
        this.longitude = position == null ? Double.NaN : position.longitude();
        // Towns and dates repeat across thousands of groups: one copy of each.
        this.locality = shared.one(group.locality);
        this.sortName = shared.one(group.locality.toLowerCase(Locale.ROOT));
        this.city = shared.one(group.city);
        this.lastVerified = shared.one(group.lastVerified);
        GroupViews.Contact contact = GroupViewMapper.contact(group);
        this.contactMethod = contact.method();
        this.publicEmail = contact.email();
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
        GroupViews.Contact contact = new GroupViews.Contact(contactMethod, publicEmail,
                GroupViewMapper.messagesPath(listing.slug()));
        return GroupViewMapper.detail(listing, contact, lastVerified, revision, clock.instant(), clock, false, null);
    }

    PublicListing listing(LocalDate changesSince, Double distanceKm, GroupViews.NextMeeting meeting) {
        return listing.with(changesSince(changesSince), distanceKm, meeting);
    }

    /**
     * One copy of each value many listings share (schedules, sets of languages or offerings, towns and regions),
     * for the length of one full read: at 100,000 groups, most of the directory's memory was such copies.
     */
    static final class Shared {
        private final Map<Object, Object> known = new HashMap<>();

        @SuppressWarnings("unchecked")
        private <T> T one(Object key, T value) {
            if (value == null) {
                return null;
            }
            Object first = known.putIfAbsent(key, value);
            return first != null ? (T) first : value;
        }

        private <T> T one(T value) {
            return one(value, value);
        }

        PublicListing listing(PublicListing l) {
            GroupViews.Place p = l.place();
            GroupViews.Place place = p == null ? null : new GroupViews.Place(p.venue(), p.address(), one(p.city()),
                    one(p.region()), one(p.postalCode()), one(p.country()), p.latitude(), p.longitude(),
                    p.visibility(), p.notes());
            // Sets of strings are equal in any order, but the languages are listed in the group's order.
            Set<String> languages = one(List.copyOf(l.languages()), l.languages());
            return new PublicListing(l.id(), l.slug(), l.name(), l.description(), l.format(), one(l.focus()),
                    l.focusOther(), l.attendance(), place, l.onlineUrl(), l.onlineLinkOnRequest(),
                    one(l.schedule()), l.changes(), one(l.offerings()), l.offeringOther(), languages,
                    l.accessibilityNotes(), l.status(), l.updatedAt(), l.example(), l.distanceKm(), l.nextMeeting());
        }
    }
}
