package org.harmreductionworks.hub.group.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ICalTimeZone;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.util.ByDay;
import biweekly.util.Frequency;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import net.fortuna.ical4j.model.TimeZoneUpdater;

import org.junit.jupiter.api.Test;

/** Reads what {@link GroupCalendar} writes with another library, biweekly, as a calendar app would. */
class GroupCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final LocalTime SEVEN_PM = LocalTime.of(19, 0);
    private static final Instant STAMP = Instant.parse("2026-02-20T15:00:00Z");

    private static final CalendarEntry ENTRY = new CalendarEntry("northampton-monday@harmreductionworks",
            "HRW Northampton: Monday and Wednesday group",
            "Reducción de daños, sin juicio; bring yourself 🌱\nWe read the script together, then an exercise. "
                    + "Everyone is welcome, whatever they use and however they use it.",
            "Forbes Library, 20 West St, Northampton, MA", "https://hub.example.org/groups/northampton-monday");

    private static final Schedule MONDAYS_AND_WEDNESDAYS = new Schedule(Recurrence.WEEKLY, Set.of(MONDAY, WEDNESDAY),
            null, null, SEVEN_PM, 90, NEW_YORK);

    private static final List<ScheduleChange> MARCH_CHANGES = List.of(
            ScheduleChange.cancelled(LocalDate.parse("2026-03-11")),
            ScheduleChange.moved(LocalDate.parse("2026-03-18"), LocalDate.parse("2026-03-19"), LocalTime.of(18, 0)));

    /** One group's calendar, stamped with the fixed STAMP. */
    private static String write(CalendarEntry entry, Schedule schedule, List<ScheduleChange> changes) {
        return GroupCalendar.write(new GroupCalendar.Series(entry, schedule, changes, STAMP));
    }

    @Test
    void aCalendarOfManyKindsOfGroupIsTheTextIcal4jWritesForIt() {
        List<GroupCalendar.Series> groups = new ArrayList<>(List.of(
                new GroupCalendar.Series(ENTRY, MONDAYS_AND_WEDNESDAYS, MARCH_CHANGES, STAMP),
                new GroupCalendar.Series(new CalendarEntry("london@x", "London", null, "Online", null),
                        new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null, SEVEN_PM, 60, LONDON), List.of(),
                        STAMP),
                new GroupCalendar.Series(new CalendarEntry("auckland@x", "Auckland", "Kia ora", null, null),
                        new Schedule(Recurrence.WEEKLY, Set.of(WEDNESDAY), null, null, SEVEN_PM, 60, AUCKLAND),
                        List.of(ScheduleChange.cancelled(LocalDate.parse("2026-03-11"))), STAMP),
                new GroupCalendar.Series(new CalendarEntry("a,b;c\\d\r\ne\rf@x", "Tuesday\u0007 group",
                        "Windows\r\nold Mac\runix\n\ttabbed; a, b\\c: \"quoted\" \r\r\n\u007Fdel\u0001 \r\u0002\n end\r",
                        "Room 1; floor 2, back\\door\u001F",
                        "https://hub.example.org/groups/a?b=c;d,e"),
                        new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null, SEVEN_PM, 90,
                                ZoneId.of("US/Eastern")), MARCH_CHANGES, Instant.parse("2026-02-20T15:00:00.123456Z"))));
        // Every kind of schedule and change, in zones with and without daylight saving, with texts that need
        // escaping and fold at every width of character.
        Random random = new Random(19);
        List<ZoneId> zones = List.of(NEW_YORK, LONDON, AUCKLAND, ZoneId.of("Asia/Kolkata"), ZoneId.of("America/Phoenix"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Europe/Berlin"));
        List<String> words = List.of("Reducción", "de", "daños", "🌱", "🏳️‍🌈", "naïve", "Zürich", "東京", "a,b", "c;d",
                "back\\slash", "line\nbreak", "cr\r\nlf", "x", "meeting", "together", "ÿ", "€uro", "\uD83D\uDE00");
        for (int i = 0; i < 300; i++) {
            StringBuilder summary = new StringBuilder("x".repeat(i % 13));
            StringBuilder description = new StringBuilder();
            for (int w = 0; w < 5 + random.nextInt(40); w++) {
                summary.append(w < 12 ? words.get(random.nextInt(words.size())) + " " : "");
                description.append(words.get(random.nextInt(words.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            LocalDate first = LocalDate.parse("2026-01-01").plusDays(random.nextInt(120));
            LocalTime start = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
            int minutes = 60 + random.nextInt(31);
            Schedule schedule = switch (i % 4) {
                case 0 -> new Schedule(Recurrence.EVERY_OTHER_WEEK, Set.of(first.getDayOfWeek()), null, first, start,
                        minutes, zone);
                case 1 -> new Schedule(Recurrence.MONTHLY, Set.of(first.getDayOfWeek()),
                        random.nextInt(3) == 0 ? Schedule.LAST_WEEK : 1 + random.nextInt(4), null, start, minutes,
                        zone);
                case 2 -> new Schedule(Recurrence.WEEKLY,
                        Set.of(first.getDayOfWeek(), first.plusDays(2).getDayOfWeek()), null, null, start, minutes,
                        zone);
                default -> new Schedule(Recurrence.WEEKLY, Set.of(first.getDayOfWeek()), null,
                        random.nextBoolean() ? first : null, start, minutes, zone);
            };
            Instant stamp = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(90 * 86_400))
                    .plusNanos(random.nextInt(1_000_000) * 1000L);
            List<ScheduleChange> changes = new ArrayList<>();
            for (LocalDate date = first; date.isBefore(first.plusDays(200)); date = date.plusDays(1)) {
                if (schedule.meetsOn(date) && random.nextInt(6) == 0) {
                    changes.add(random.nextBoolean() ? ScheduleChange.cancelled(date)
                            : ScheduleChange.moved(date, date.plusDays(random.nextInt(3)),
                                    random.nextBoolean() ? null : LocalTime.of(2, 30)));
                }
            }
            groups.add(new GroupCalendar.Series(new CalendarEntry("group-" + i + "@x", summary.toString(),
                    random.nextInt(5) == 0 ? null : description.toString(),
                    random.nextInt(4) == 0 ? null : words.get(i % words.size()) + ", " + i + " Main St",
                    random.nextInt(4) == 0 ? null : "https://hub.example.org/groups/group-" + i), schedule, changes,
                    stamp));
        }

        assertEquals(CalendarByIcal4j.write("Meetings; ours, all \\ 🌱", groups),
                GroupCalendar.write("Meetings; ours, all \\ 🌱", groups));
        for (GroupCalendar.Series group : groups.subList(0, 20)) {
            assertEquals(CalendarByIcal4j.write(null, List.of(group)), GroupCalendar.write(group));
        }
    }

    @Test
    void writesAWeeklySeriesWithItsExceptionsAndAMovedMeeting() throws IOException {
        String text = write(ENTRY, MONDAYS_AND_WEDNESDAYS, MARCH_CHANGES);

        // The stamp is Friday 20 February, so the series starts on the following Monday.
        assertTrue(text.contains("\r\nDTSTART;TZID=America/New_York:20260223T190000\r\n"), text);
        assertTrue(text.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n"), text);
        assertTrue(text.contains("\r\nEXDATE;TZID=America/New_York:20260311T190000,20260318T190000\r\n"), text);
        assertTrue(text.contains("\r\nRECURRENCE-ID;TZID=America/New_York:20260318T190000\r\n"), text);
        assertTrue(text.contains("\r\nDURATION:PT1H30M\r\n"), text);

        ICalendar calendar = parse(text);
        assertEquals(GroupCalendar.PRODUCT_ID, calendar.getProductId().getValue());
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        assertTrue(calendar.validate(ICalVersion.V2_0).isEmpty(), calendar.validate(ICalVersion.V2_0).toString());

        VEvent series = series(calendar);
        assertEquals(ENTRY.uid(), series.getUid().getValue());
        assertEquals(ENTRY.summary(), series.getSummary().getValue());
        assertEquals(ENTRY.description(), series.getDescription().getValue());
        assertEquals(ENTRY.location(), series.getLocation().getValue());
        assertEquals(ENTRY.url(), series.getUrl().getValue());
        assertEquals(STAMP, series.getDateTimeStamp().getValue().toInstant());
        biweekly.util.Recurrence rule = series.getRecurrenceRule().getValue();
        assertEquals(Frequency.WEEKLY, rule.getFrequency());
        assertEquals(List.of(new ByDay(biweekly.util.DayOfWeek.MONDAY), new ByDay(biweekly.util.DayOfWeek.WEDNESDAY)),
                rule.getByDay());
        assertEquals(List.of(newYork("2026-03-11T19:00"), newYork("2026-03-18T19:00")),
                series.getExceptionDates().stream().flatMap(dates -> dates.getValues().stream())
                        .map(Date::toInstant).toList());

        VEvent moved = calendar.getEvents().get(1);
        assertEquals(ENTRY.uid(), moved.getUid().getValue());
        assertEquals(newYork("2026-03-18T19:00"), moved.getRecurrenceId().getValue().toInstant());
        assertEquals(newYork("2026-03-19T18:00"), moved.getDateStart().getValue().toInstant());
        assertNull(moved.getRecurrenceRule());
    }

    @Test
    void aMeetingIsWrittenAtItsLocalTimeWhereIcal4jsOwnZoneRulesDiffer() throws IOException {
        // Monday 5 January 2026: ical4j 4.1.1, converting the start itself, wrote this 19:00 meeting at 20:00.
        Schedule saoPaulo = new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null, SEVEN_PM, 90,
                ZoneId.of("America/Sao_Paulo"));
        String text = GroupCalendar.write(new GroupCalendar.Series(ENTRY, saoPaulo,
                List.of(ScheduleChange.moved(LocalDate.parse("2026-01-12"), LocalDate.parse("2026-01-13"), SEVEN_PM)),
                Instant.parse("2026-01-05T12:00:00Z")));

        assertTrue(text.contains("\r\nDTSTART;TZID=America/Sao_Paulo:20260105T190000\r\n"), text);
        assertTrue(text.contains("\r\nRECURRENCE-ID;TZID=America/Sao_Paulo:20260112T190000\r\n"), text);
        assertTrue(text.contains("\r\nDTSTART;TZID=America/Sao_Paulo:20260113T190000\r\n"), text);
        // A reader that takes the zone from the calendar itself gets the same instant: 22:00 UTC.
        assertEquals(Instant.parse("2026-01-05T22:00:00Z"),
                series(parse(text)).getDateStart().getValue().toInstant());
    }

    @Test
    void includesTheZoneDefinitionSoTheLocalTimeHoldsAcrossDaylightSaving() throws IOException {
        ICalendar calendar = parse(write(ENTRY, MONDAYS_AND_WEDNESDAYS, List.of()));

        TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(series(calendar).getDateStart());
        assertNotNull(zone.getComponent(), "a VTIMEZONE, not just a TZID biweekly happens to know");
        assertEquals("America/New_York", zone.getComponent().getTimezoneId().getValue());
        // biweekly computes offsets from the VTIMEZONE it read, so these instants test the definition we wrote.
        assertInstanceOf(ICalTimeZone.class, zone.getTimeZone());
        assertEquals(
                List.of(Instant.parse("2026-03-05T00:00:00Z"), Instant.parse("2026-03-09T23:00:00Z")),
                biweeklyStarts(calendar, Instant.parse("2026-03-04T12:00:00Z"), Instant.parse("2026-03-10T12:00:00Z")));
    }

    @Test
    void biweeklyFindsTheSameWeeklyMeetingsAsTheCalculator() throws IOException {
        assertSameMeetings(MONDAYS_AND_WEDNESDAYS, MARCH_CHANGES, "2026-02-20T00:00", "2026-06-01T00:00");
    }

    @Test
    void writesEveryOtherWeekInStepWithTheFirstDate() throws IOException {
        Schedule fortnightly = new Schedule(Recurrence.EVERY_OTHER_WEEK, Set.of(TUESDAY), null,
                LocalDate.parse("2026-01-06"), LocalTime.of(18, 30), 60, LONDON);
        List<ScheduleChange> changes = List.of(ScheduleChange.cancelled(LocalDate.parse("2026-03-31")),
                ScheduleChange.moved(LocalDate.parse("2026-04-14"), LocalDate.parse("2026-04-16"), null));

        String text = write(ENTRY, fortnightly, changes);

        assertTrue(text.contains("\r\nDTSTART;TZID=Europe/London:20260106T183000\r\n"), text);
        assertTrue(text.contains("\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\r\n"), text);
        assertTrue(text.contains("\r\nDURATION:PT1H\r\n"), text);
        // British Summer Time begins on 29 March 2026, between these months.
        assertSameMeetings(fortnightly, changes, "2026-02-20T00:00", "2026-07-01T00:00");
    }

    @Test
    void writesMonthlyMeetingsByWeekOfMonthAndTheLastWeek() throws IOException {
        Schedule secondThursday = new Schedule(Recurrence.MONTHLY, Set.of(THURSDAY), 2, null, SEVEN_PM, 90, AUCKLAND);
        Schedule lastThursday = new Schedule(Recurrence.MONTHLY, Set.of(THURSDAY), Schedule.LAST_WEEK, null, SEVEN_PM,
                90, AUCKLAND);
        List<ScheduleChange> changes = List.of(ScheduleChange.cancelled(LocalDate.parse("2026-04-30")));

        assertTrue(write(ENTRY, secondThursday, List.of())
                .contains("\r\nRRULE:FREQ=MONTHLY;BYDAY=2TH\r\n"));
        assertTrue(write(ENTRY, lastThursday, changes)
                .contains("\r\nRRULE:FREQ=MONTHLY;BYDAY=-1TH\r\n"));
        // New Zealand daylight time ends on 5 April 2026.
        assertSameMeetings(secondThursday, List.of(), "2026-02-20T00:00", "2026-08-01T00:00");
        assertSameMeetings(lastThursday, changes, "2026-02-20T00:00", "2026-08-01T00:00");
    }

    @Test
    void foldsLongLinesToSeventyFiveOctetsWithCrlf() throws IOException {
        String text = write(ENTRY, MONDAYS_AND_WEDNESDAYS, MARCH_CHANGES);

        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare line feeds");
        assertFalse(text.replace("\r\n", "").contains("\r"), "no bare carriage returns");
        List<String> lines = List.of(text.split("\r\n"));
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(" ")), "the description is long enough to fold");
        // Folding between whole characters keeps the accents and the emoji intact when the lines are joined again.
        assertEquals(ENTRY.description(), series(parse(text)).getDescription().getValue());
    }

    @Test
    void keepsLineBreaksOfEveryKindAsTextAndDropsOtherControlCharacters() throws IOException {
        CalendarEntry typedOnManyMachines = new CalendarEntry("x@harmreductionworks", "Tuesday\u0007 group",
                "Windows\r\nold Mac\runix\n\ttabbed", null, null);

        String text = write(typedOnManyMachines, MONDAYS_AND_WEDNESDAYS, List.of());

        assertFalse(text.replace("\r\n", "").contains("\r"), "no bare carriage returns");
        VEvent series = series(parse(text));
        assertEquals("Tuesday group", series.getSummary().getValue());
        assertEquals("Windows\nold Mac\nunix\n\ttabbed", series.getDescription().getValue());
    }

    @Test
    void namesTheZoneByItsCanonicalNameWhenGivenAnAlias() throws IOException {
        Schedule aliased = new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null, SEVEN_PM, 90,
                ZoneId.of("US/Eastern"));

        String text = write(ENTRY, aliased, MARCH_CHANGES.subList(0, 1));

        assertFalse(text.contains("US/Eastern"), text);
        assertTrue(text.contains("\r\nTZID:America/New_York\r\n"), text);
        assertTrue(text.contains("\r\nDTSTART;TZID=America/New_York:20260223T190000\r\n"), text);
    }

    @Test
    void takesZoneDefinitionsFromTheLibraryNotTheNetwork() throws IOException {
        // ical4j would fetch definitions from tzurl.org if this were switched on (ical4j.properties or a system
        // property); the hub must write calendars with no third-party host.
        assertFalse(new TimeZoneUpdater().isEnabled());
        String text = write(ENTRY, MONDAYS_AND_WEDNESDAYS, List.of());
        assertTrue(text.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"), text);
    }

    /** The meetings biweekly expands from the written calendar are those the calculator lists. */
    private static void assertSameMeetings(Schedule schedule, List<ScheduleChange> changes, String fromLocal,
            String toLocal) throws IOException {
        Instant from = LocalDateTime.parse(fromLocal).atZone(schedule.zone()).toInstant();
        Instant to = LocalDateTime.parse(toLocal).atZone(schedule.zone()).toInstant();
        List<Instant> expected = NextMeetingCalculator.between(schedule, changes, from, to).stream()
                .map(Occurrence::startInstant).toList();

        ICalendar calendar = parse(write(ENTRY, schedule, changes));

        assertTrue(expected.size() >= 4, "a few months of meetings: " + expected);
        assertEquals(expected, biweeklyStarts(calendar, from, to));
    }

    private static List<Instant> biweeklyStarts(ICalendar calendar, Instant from, Instant to) {
        VEvent series = series(calendar);
        TimeZone zone = calendar.getTimezoneInfo().getTimezone(series.getDateStart()).getTimeZone();
        List<Instant> starts = new ArrayList<>();
        DateIterator dates = series.getDateIterator(zone);
        dates.advanceTo(Date.from(from));
        while (dates.hasNext()) {
            Instant start = dates.next().toInstant();
            if (!start.isBefore(to)) {
                break;
            }
            starts.add(start);
        }
        for (VEvent event : calendar.getEvents()) {
            if (event.getRecurrenceId() != null) {
                Instant start = event.getDateStart().getValue().toInstant();
                if (!start.isBefore(from) && start.isBefore(to)) {
                    starts.add(start);
                }
            }
        }
        starts.sort(null);
        return starts;
    }

    private static ICalendar parse(String text) throws IOException {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(text).warnings(warnings).first();
        assertEquals(List.of(List.of()), warnings);
        return calendar;
    }

    private static VEvent series(ICalendar calendar) {
        return calendar.getEvents().stream().filter(event -> event.getRecurrenceRule() != null).findFirst()
                .orElseThrow();
    }

    private static Instant newYork(String localTime) {
        return LocalDateTime.parse(localTime).atZone(NEW_YORK).toInstant();
    }
}
