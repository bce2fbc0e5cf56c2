package org.harmreductionworks.hub.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.schedule.NextMeetingCalculator;
import org.harmreductionworks.hub.group.schedule.Schedule;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;

/**
 * One listed group as the directory keeps it: only what the public may see. What searches filter and order by are
 * fields; the listing that results, pages and feeds are written from is made from them when asked for, with its
 * free texts packed into one array ({@link PackedText}), since at 100,000 groups the listings' objects were most of
 * the directory's memory. Immutable but for the remembered next meeting.
 */
final class DirectoryEntry {

    /** Until a next meeting appears, the answer "none" is looked at again after this long. */
    private static final long NONE_RECHECKED_AFTER_SECONDS = 60;

    final long id;
    final String slug;
    /** The public position (rounded for groups that keep theirs private); NaN when the group has none. */
    final double latitude;
    final double longitude;
    final String locality;
    /** The locality lower-cased once, since every order by name compares it. */
    final String sortName;
    /** The group's town even when the listing does not show it (online groups), as the old search matched it. */
    final String city;
    final MeetingType format;
    final Set<Focus> focus;
    final Attendance attendance;
    final Schedule schedule;
    /** As read with the group: the search takes those from two days ago on ({@link #changesSince}). */
    final List<ScheduleChange> changes;
    final Set<Offering> offerings;
    final Set<String> languages;
    final Status status;
    final boolean example;
    final LocalDate lastVerified;
    /** How to reach the group; the page's contact block is made from it when asked for. */
    final GroupEnums.ContactMethod contactMethod;
    final long revision;

    // What only a group's page, a search's results and the feeds show: the listing is made from it when asked for.
    private final boolean onlineLinkOnRequest;
    /** Null for online-only groups, which have no place. */
    private final LocationVisibility placeVisibility;
    private final boolean coordinatesShown;
    private final String region;
    private final String country;
    private final long updatedSecond;
    private final int updatedNano;
    private final ZoneOffset updatedOffset;
    /** The description first, so a search for words reads it alone; see {@link Text}. */
    private final byte[] text;

    /** The texts packed in {@link #text}, in their order there: the ones most often absent come last. */
    private enum Text {
        DESCRIPTION, VENUE, ADDRESS, POSTAL_CODE, ONLINE_URL, ACCESSIBILITY_NOTES, PUBLIC_EMAIL, LOCATION_NOTES,
        FOCUS_OTHER, OFFERING_OTHER;

        static final int COUNT = values().length;
        /** The texts a place is made of: all a search result needs of them. */
        static final int OF_PLACE = bits(VENUE, ADDRESS, POSTAL_CODE, LOCATION_NOTES);

        private static int bits(Text... texts) {
            int bits = 0;
            for (Text text : texts) {
                bits |= 1 << text.ordinal();
            }
            return bits;
        }
    }

    /** The next meeting, as worked out at some moment, and until when that answer holds. */
    private record Next(Instant validUntil, LocalDate changesSince, GroupViews.NextMeeting meeting) {
    }

    private volatile Next next;

    DirectoryEntry(DirectoryRows.Row row, Shared shared) {
        MeetingGroup group = row.group();
        // Made once here, so what the public may see is decided in one place; only its parts are kept.
        PublicListing l = PublicListing.of(group, List.copyOf(row.changes()), null, null);
        GroupViews.Place place = l.place();
        PublicPosition position = PublicPosition.of(group);
        GroupViews.Contact contact = GroupViewMapper.contact(group);
        this.id = l.id();
        this.slug = l.slug();
        this.latitude = position == null ? Double.NaN : position.latitude();
        this.longitude = position == null ? Double.NaN : position.longitude();
        // A group's name is nearly its own, so it is kept as read: putting 100,000 of them through the shared map
        // took a tenth of the directory's read at start-up and saved nothing. Towns, dates, schedules and sets
        // repeat across thousands of groups: one copy of each.
        this.locality = group.locality;
        this.sortName = group.locality.toLowerCase(Locale.ROOT);
        this.city = shared.one(group.city);
        this.format = l.format();
        this.focus = shared.one(l.focus());
        this.attendance = l.attendance();
        this.schedule = shared.one(l.schedule());
        this.changes = l.changes();
        this.offerings = shared.one(l.offerings());
        // Sets of strings are equal in any order, but the languages are listed in the group's order.
        this.languages = shared.one(List.copyOf(l.languages()), l.languages());
        this.status = l.status();
        this.example = l.example();
        this.lastVerified = shared.one(group.lastVerified);
        this.contactMethod = contact.method();
        this.revision = group.revision;
        this.onlineLinkOnRequest = l.onlineLinkOnRequest();
        this.placeVisibility = place == null ? null : place.visibility();
        this.coordinatesShown = place != null && place.latitude() != null;
        this.region = place == null ? null : shared.one(place.region());
        this.country = place == null ? null : shared.one(place.country());
        this.updatedSecond = l.updatedAt().toEpochSecond();
        this.updatedNano = l.updatedAt().getNano();
        this.updatedOffset = l.updatedAt().getOffset();
        this.text = PackedText.pack(l.description(), place == null ? null : place.venue(),
                place == null ? null : place.address(), place == null ? null : place.postalCode(), l.onlineUrl(),
                l.accessibilityNotes(), contact.email(), place == null ? null : place.notes(), l.focusOther(),
                l.offeringOther());
    }

    long id() {
        return id;
    }

    /** What a search for words reads besides the towns. */
    String description() {
        return PackedText.first(text);
    }

    boolean hasPosition() {
        return !Double.isNaN(latitude);
    }

    /**
     * The changes a search takes into account: from two days ago on, as they were read when the directory was in
     * the database alone. Older ones cannot change a next meeting, and feeds have never listed them.
     */
    List<ScheduleChange> changesSince(LocalDate since) {
        List<ScheduleChange> all = changes;
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
                .next(schedule, changesSince(changesSince), now)
                .map(o -> GroupViewMapper.meeting(schedule.zone().getId(), o)).orElse(null);
        next = new Next(meeting != null ? meeting.start() : now.plusSeconds(NONE_RECHECKED_AFTER_SECONDS),
                changesSince, meeting);
        return meeting;
    }

    GroupViews.Summary summary(Double distanceKm, GroupViews.NextMeeting meeting, Clock clock) {
        return new GroupViews.Summary(slug, GroupNames.publicName(locality), format, focus, attendance,
                place(PackedText.unpack(text, Text.COUNT, Text.OF_PLACE)), distanceKm, meeting, offerings, languages,
                GroupViewMapper.stale(lastVerified, clock), example);
    }

    /** The group's page as anyone who does not host it sees it. */
    GroupViews.Detail detail(Clock clock) {
        String[] texts = PackedText.unpack(text, Text.COUNT);
        GroupViews.Contact contact = new GroupViews.Contact(contactMethod, texts[Text.PUBLIC_EMAIL.ordinal()],
                GroupViewMapper.messagesPath(slug));
        return GroupViewMapper.detail(listing(texts, changes, null, null), contact, lastVerified, revision,
                clock.instant(), clock, false, null);
    }

    /** This listing as one search found it: its changes from a date on, its distance and its next meeting. */
    PublicListing listing(LocalDate changesSince, Double distanceKm, GroupViews.NextMeeting meeting) {
        return listing(PackedText.unpack(text, Text.COUNT), changesSince(changesSince), distanceKm, meeting);
    }

    private PublicListing listing(String[] texts, List<ScheduleChange> someChanges, Double distanceKm,
            GroupViews.NextMeeting meeting) {
        return new PublicListing(id, slug, GroupNames.publicName(locality), texts[Text.DESCRIPTION.ordinal()], format,
                focus, texts[Text.FOCUS_OTHER.ordinal()], attendance, place(texts), texts[Text.ONLINE_URL.ordinal()],
                onlineLinkOnRequest, schedule, someChanges, offerings, texts[Text.OFFERING_OTHER.ordinal()], languages,
                texts[Text.ACCESSIBILITY_NOTES.ordinal()], status,
                OffsetDateTime.of(LocalDateTime.ofEpochSecond(updatedSecond, updatedNano, updatedOffset),
                        updatedOffset),
                example, distanceKm, meeting);
    }

    private GroupViews.Place place(String[] texts) {
        if (placeVisibility == null) {
            return null;
        }
        return new GroupViews.Place(texts[Text.VENUE.ordinal()], texts[Text.ADDRESS.ordinal()], city, region,
                texts[Text.POSTAL_CODE.ordinal()], country, coordinatesShown ? latitude : null,
                coordinatesShown ? longitude : null, placeVisibility, texts[Text.LOCATION_NOTES.ordinal()]);
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
    }
}
