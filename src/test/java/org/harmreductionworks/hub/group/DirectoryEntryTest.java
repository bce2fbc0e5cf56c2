package org.harmreductionworks.hub.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;
import org.junit.jupiter.api.Test;

/**
 * The directory keeps a listing's parts, not the listing: what it makes from them must be exactly what the database's
 * row gives, for every kind of group and every text a host may write.
 */
class DirectoryEntryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private static final String LONG = "Ünïcödé and emoji 🌱, then long enough for a length of three bytes: "
            + "x".repeat(20_000);

    @Test
    void aListingMadeFromTheKeptPartsIsTheOneTheRowGives() {
        int checked = 0;
        for (MeetingGroup group : variedGroups()) {
            List<ScheduleChange> changes = group.id % 3 == 0 ? List.of(
                    new ScheduleChange(LocalDate.of(2026, 2, 23), ScheduleChange.Kind.CANCELLED, null, null),
                    new ScheduleChange(LocalDate.of(2026, 3, 9), ScheduleChange.Kind.MOVED, LocalDate.of(2026, 3, 10),
                            LocalTime.of(19, 30))) : List.of();
            DirectoryEntry entry = new DirectoryEntry(new DirectoryRows.Row(group, changes),
                    new DirectoryEntry.Shared());
            GroupViews.NextMeeting next = entry.nextMeeting(CLOCK.instant(), LocalDate.of(2026, 2, 28));
            Double distance = group.id % 2 == 0 ? 12.3 : null;

            PublicListing expected = PublicListing.of(group,
                    changes.stream().filter(c -> !c.date().isBefore(LocalDate.of(2026, 2, 28))).toList(), distance,
                    next);
            assertEquals(expected, entry.listing(LocalDate.of(2026, 2, 28), distance, next), "group " + group.id);
            assertEquals(GroupViewMapper.detail(group, changes, CLOCK.instant(), CLOCK, false, false),
                    entry.detail(CLOCK), "page of group " + group.id);
            assertEquals(new GroupViews.Summary(expected.slug(), expected.name(), expected.format(), expected.focus(),
                    expected.attendance(), expected.place(), distance, next, expected.offerings(),
                    expected.languages(), GroupViewMapper.stale(group, CLOCK), expected.example()),
                    entry.summary(distance, next, CLOCK), "result for group " + group.id);
            assertEquals(group.description, entry.description());
            checked++;
        }
        assertEquals(3 * 3 * 3 * 2, checked);
    }

    @Test
    void packedTextsComeBackAsTheyWentInNullsIncluded() {
        String[][] cases = {
            {},
            {null, null, null},
            {"", null, ""},
            {null, "only the second"},
            {"a", null, null},
            {LONG, "é", null, "中文", ""},
        };
        for (String[] texts : cases) {
            assertArrayEquals(texts, PackedText.unpack(PackedText.pack(texts), texts.length));
        }
        assertNull(PackedText.first(PackedText.pack(null, "b")));
        assertEquals(LONG, PackedText.first(PackedText.pack(LONG, "b")));
        // Only the texts asked for are made; the others stay null, and those after them are still found.
        assertArrayEquals(new String[] {null, "é", null, "中文", null},
                PackedText.unpack(PackedText.pack(LONG, "é", null, "中文", ""), 5, 0b1010));
        assertArrayEquals(new String[] {LONG, null, null}, PackedText.unpack(PackedText.pack(LONG, "b", "c"), 3, 1));
    }

    /** Every attendance, place visibility, contact and link choice, with texts absent, empty, long or not ASCII. */
    private static List<MeetingGroup> variedGroups() {
        List<MeetingGroup> groups = new ArrayList<>();
        long id = 0;
        String[] texts = {null, "", LONG};
        for (LocationVisibility visibility : LocationVisibility.values()) {
            for (Attendance attendance : Attendance.values()) {
                for (String text : texts) {
                    for (boolean publicChoices : new boolean[] {true, false}) {
                        MeetingGroup g = InMemoryRows.listedGroup(++id);
                        g.locationVisibility = visibility;
                        g.attendance = attendance;
                        if (attendance != Attendance.IN_PERSON) {
                            g.onlineUrl = "https://meet.example.org/" + id;
                            g.onlineVisibility = publicChoices ? LinkVisibility.PUBLIC : LinkVisibility.ON_REQUEST;
                        }
                        g.latitude = attendance == Attendance.ONLINE && publicChoices ? null : 42.3251 + id / 1000.0;
                        g.longitude = g.latitude == null ? null : -72.6412;
                        g.description = text;
                        g.venue = text == null ? null : "Community Room " + text;
                        g.address = text;
                        g.postalCode = publicChoices ? "01060" : null;
                        g.region = publicChoices ? "MA" : null;
                        g.locationNotes = text;
                        g.accessibilityNotes = text;
                        g.focusOther = text;
                        g.offeringOther = publicChoices ? null : text;
                        g.focus = publicChoices ? ",FAMILIES_AND_LOVED_ONES,LGBTQ," : ",";
                        g.offerings = publicChoices ? ",NALOXONE," : ",";
                        g.languages = publicChoices ? ",es,en," : ",en,";
                        g.format = publicChoices ? MeetingType.FOCUSED : MeetingType.OPEN;
                        g.contactMethod = publicChoices ? ContactMethod.EMAIL : ContactMethod.FORM;
                        g.publicEmail = "hello" + id + "@example.org";
                        g.example = !publicChoices;
                        g.revision = id * 7;
                        g.updatedAt = OffsetDateTime.of(LocalDateTime.of(2026, 2, 1, 10, 30, 15, 123_456_789),
                                ZoneOffset.ofHoursMinutes(-5, -30));
                        groups.add(g);
                    }
                }
            }
        }
        return groups;
    }
}
