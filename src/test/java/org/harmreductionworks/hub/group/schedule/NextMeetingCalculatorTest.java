package org.harmreductionworks.hub.group.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NextMeetingCalculatorTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final LocalTime SEVEN_PM = LocalTime.of(19, 0);

    /** Mondays and Wednesdays at 7pm in Northampton, MA. */
    private static final Schedule MONDAYS_AND_WEDNESDAYS = weekly(NEW_YORK, SEVEN_PM, MONDAY, WEDNESDAY);

    @Test
    void findsTheNextOfSeveralWeeklyDays() {
        assertEquals(local("2026-03-04T19:00"), nextStart(MONDAYS_AND_WEDNESDAYS, List.of(), "2026-03-03T12:00"));
        assertEquals(local("2026-03-09T19:00"), nextStart(MONDAYS_AND_WEDNESDAYS, List.of(), "2026-03-05T12:00"));
    }

    @Test
    void aMeetingLaterTodayIsNext() {
        assertEquals(local("2026-03-04T19:00"), nextStart(MONDAYS_AND_WEDNESDAYS, List.of(), "2026-03-04T18:59"));
    }

    @Test
    void aMeetingThatHasStartedIsNotNext() {
        assertEquals(local("2026-03-09T19:00"), nextStart(MONDAYS_AND_WEDNESDAYS, List.of(), "2026-03-04T19:00"));
        assertEquals(local("2026-03-09T19:00"), nextStart(MONDAYS_AND_WEDNESDAYS, List.of(), "2026-03-04T19:05"));
    }

    @Test
    void skipsACancelledMeeting() {
        List<ScheduleChange> changes = List.of(ScheduleChange.cancelled(LocalDate.parse("2026-03-04")));

        assertEquals(local("2026-03-09T19:00"), nextStart(MONDAYS_AND_WEDNESDAYS, changes, "2026-03-03T12:00"));
    }

    @Test
    void aMovedMeetingCountsAtItsNewDayAndTimeEvenOffTheRegularDays() {
        List<ScheduleChange> changes = List.of(
                ScheduleChange.moved(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-05"), LocalTime.of(18, 0)),
                // moved earlier, to a Saturday, at the regular time
                ScheduleChange.moved(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-07"), null));

        Occurrence thursday = NextMeetingCalculator.next(MONDAYS_AND_WEDNESDAYS, changes, at("2026-03-03T12:00"))
                .orElseThrow();
        assertEquals(local("2026-03-05T18:00"), thursday.localStart());
        assertEquals(local("2026-03-05T19:30"), thursday.end().toLocalDateTime());
        assertTrue(thursday.moved());

        Occurrence saturday = NextMeetingCalculator.next(MONDAYS_AND_WEDNESDAYS, changes, at("2026-03-05T20:00"))
                .orElseThrow();
        assertEquals(local("2026-03-07T19:00"), saturday.localStart());
        assertTrue(saturday.moved());
    }

    @Test
    void aMeetingMovedToAnotherTimeKeepsItsDate() {
        List<ScheduleChange> changes = List.of(
                ScheduleChange.moved(LocalDate.parse("2026-03-04"), null, LocalTime.of(20, 15)));

        assertEquals(local("2026-03-04T20:15"), nextStart(MONDAYS_AND_WEDNESDAYS, changes, "2026-03-04T19:30"));
    }

    @Test
    void aChangeToADayTheGroupDoesNotMeetOnChangesNothing() {
        List<ScheduleChange> changes = List.of(
                ScheduleChange.moved(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-03"), null));

        assertEquals(local("2026-03-04T19:00"), nextStart(MONDAYS_AND_WEDNESDAYS, changes, "2026-03-03T12:00"));
    }

    @Test
    void findsTheLastThursdayInAMonthWithFiveThursdays() {
        Schedule lastThursday = monthly(NEW_YORK, THURSDAY, Schedule.LAST_WEEK);

        // April 2026 has Thursdays on the 2nd, 9th, 16th, 23rd and 30th; May has four, the last on the 28th.
        assertEquals(local("2026-04-30T19:00"), nextStart(lastThursday, List.of(), "2026-04-01T00:00"));
        assertEquals(local("2026-05-28T19:00"), nextStart(lastThursday, List.of(), "2026-05-01T00:00"));
    }

    @Test
    void findsTheFourthMondayEvenWhenAFifthFollows() {
        Schedule fourthMonday = monthly(NEW_YORK, MONDAY, 4);

        // March 2026 has five Mondays (2, 9, 16, 23, 30); April has four (6, 13, 20, 27).
        assertEquals(local("2026-03-23T19:00"), nextStart(fourthMonday, List.of(), "2026-03-01T00:00"));
        assertEquals(local("2026-04-27T19:00"), nextStart(fourthMonday, List.of(), "2026-03-24T00:00"));
    }

    @Test
    void everyOtherWeekKeepsInStepWithAFirstDateInThePast() {
        Schedule fortnightly = everyOtherWeek(NEW_YORK, LocalDate.parse("2026-01-06"));

        // Jan 6, 20, Feb 3, 17, Mar 3, 17: the Tuesday of Mar 10 is an off week.
        assertEquals(local("2026-03-17T19:00"), nextStart(fortnightly, List.of(), "2026-03-04T12:00"));
        assertEquals(local("2026-03-03T19:00"), nextStart(fortnightly, List.of(), "2026-02-18T12:00"));
    }

    @Test
    void everyOtherWeekStartsOnAFirstDateInTheFuture() {
        Schedule fortnightly = everyOtherWeek(NEW_YORK, LocalDate.parse("2026-04-14"));

        assertEquals(local("2026-04-14T19:00"), nextStart(fortnightly, List.of(), "2026-03-04T12:00"));
        assertEquals(List.of(local("2026-04-14T19:00"), local("2026-04-28T19:00"), local("2026-05-12T19:00")),
                localStarts(NextMeetingCalculator.between(fortnightly, List.of(), at("2026-03-01T00:00"),
                        at("2026-05-20T00:00"))));
    }

    @Test
    void keepsTheLocalTimeAcrossDaylightSavingChangesInNewYork() {
        Schedule mondays = weekly(NEW_YORK, SEVEN_PM, MONDAY);

        // Clocks go forward on Sunday 8 March 2026 and back on Sunday 1 November 2026.
        assertEquals(List.of(Instant.parse("2026-03-03T00:00:00Z"), Instant.parse("2026-03-09T23:00:00Z")),
                startInstants(NextMeetingCalculator.between(mondays, List.of(), at("2026-03-01T00:00"),
                        at("2026-03-10T00:00"))));
        assertEquals(List.of(Instant.parse("2026-10-26T23:00:00Z"), Instant.parse("2026-11-03T00:00:00Z")),
                startInstants(NextMeetingCalculator.between(mondays, List.of(), at("2026-10-25T00:00"),
                        at("2026-11-04T00:00"))));
    }

    @Test
    void aStartInsideTheSpringForwardGapMovesLaterByTheGap() {
        Schedule earlySundays = weekly(NEW_YORK, LocalTime.of(2, 30), SUNDAY);

        List<Occurrence> meetings = NextMeetingCalculator.between(earlySundays, List.of(), at("2026-03-07T00:00"),
                at("2026-03-16T00:00"));

        // 2:30 does not exist on 8 March 2026 in New York: the clocks jump from 2:00 to 3:00.
        assertEquals(List.of(local("2026-03-08T03:30"), local("2026-03-15T02:30")), localStarts(meetings));
        assertEquals(Instant.parse("2026-03-08T07:30:00Z"), meetings.get(0).startInstant());
    }

    @Test
    void keepsTheLocalTimeAcrossDaylightSavingChangesInLondon() {
        Schedule thursdays = weekly(LONDON, SEVEN_PM, THURSDAY);

        // British Summer Time runs from 29 March to 25 October 2026.
        assertEquals(List.of(Instant.parse("2026-03-26T19:00:00Z"), Instant.parse("2026-04-02T18:00:00Z")),
                startInstants(NextMeetingCalculator.between(thursdays, List.of(), at(LONDON, "2026-03-25T00:00"),
                        at(LONDON, "2026-04-03T00:00"))));
        assertEquals(List.of(Instant.parse("2026-10-22T18:00:00Z"), Instant.parse("2026-10-29T19:00:00Z")),
                startInstants(NextMeetingCalculator.between(thursdays, List.of(), at(LONDON, "2026-10-21T00:00"),
                        at(LONDON, "2026-10-30T00:00"))));
    }

    @Test
    void followsTheSouthernHemisphereSeasonsInAuckland() {
        Schedule wednesdays = weekly(AUCKLAND, LocalTime.of(18, 30), WEDNESDAY);

        // New Zealand daylight time ends on 5 April 2026 and begins again on 27 September 2026.
        assertEquals(List.of(Instant.parse("2026-04-01T05:30:00Z"), Instant.parse("2026-04-08T06:30:00Z")),
                startInstants(NextMeetingCalculator.between(wednesdays, List.of(), at(AUCKLAND, "2026-03-30T00:00"),
                        at(AUCKLAND, "2026-04-09T00:00"))));
        assertEquals(List.of(Instant.parse("2026-09-23T06:30:00Z"), Instant.parse("2026-09-30T05:30:00Z")),
                startInstants(NextMeetingCalculator.between(wednesdays, List.of(), at(AUCKLAND, "2026-09-21T00:00"),
                        at(AUCKLAND, "2026-10-01T00:00"))));
    }

    @Test
    void aStartInTheAutumnOverlapTakesTheFirstOfTheTwoTimes() {
        Schedule earlySundays = weekly(AUCKLAND, LocalTime.of(2, 30), SUNDAY);

        Occurrence meeting = NextMeetingCalculator.next(earlySundays, List.of(), at(AUCKLAND, "2026-04-04T12:00"))
                .orElseThrow();

        // 2:30 happens twice on 5 April 2026 in Auckland; the meeting is at the first, still in daylight time.
        assertEquals(Instant.parse("2026-04-04T13:30:00Z"), meeting.startInstant());
        assertEquals(local("2026-04-05T02:30"), meeting.localStart());
    }

    @Test
    void findsNothingWhenNoMeetingFallsWithinTheHorizon() {
        Schedule startsInTwoYears = new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null,
                LocalDate.parse("2028-03-06"), SEVEN_PM, 90, NEW_YORK);

        assertTrue(NextMeetingCalculator.next(startsInTwoYears, List.of(), at("2026-03-01T00:00")).isEmpty());
        assertFalse(NextMeetingCalculator.next(startsInTwoYears, List.of(), at("2027-03-01T00:00")).isEmpty());
    }

    @Test
    void listsAMonthOfMeetingsWithItsCancellationsAndMoves() {
        List<ScheduleChange> changes = List.of(
                ScheduleChange.cancelled(LocalDate.parse("2026-03-11")),
                ScheduleChange.moved(LocalDate.parse("2026-03-18"), LocalDate.parse("2026-03-19"), LocalTime.of(18, 0)),
                // moved into March from April, and out of March into April
                ScheduleChange.moved(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-03-31"), null),
                ScheduleChange.moved(LocalDate.parse("2026-03-30"), LocalDate.parse("2026-04-02"), null));

        List<Occurrence> march = NextMeetingCalculator.between(MONDAYS_AND_WEDNESDAYS, changes, at("2026-03-01T00:00"),
                at("2026-04-01T00:00"));

        assertEquals(List.of(local("2026-03-02T19:00"), local("2026-03-04T19:00"), local("2026-03-09T19:00"),
                local("2026-03-16T19:00"), local("2026-03-19T18:00"), local("2026-03-23T19:00"),
                local("2026-03-25T19:00"), local("2026-03-31T19:00")), localStarts(march));
        assertEquals(List.of(false, false, false, false, true, false, false, true),
                march.stream().map(Occurrence::moved).toList());
    }

    @Test
    void refusesAnInvalidScheduleAndAnUnboundedRange() {
        Schedule tooLong = new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null, SEVEN_PM, 120, NEW_YORK);

        assertThrows(IllegalArgumentException.class,
                () -> NextMeetingCalculator.next(tooLong, List.of(), at("2026-03-01T00:00")));
        assertThrows(IllegalArgumentException.class, () -> NextMeetingCalculator.between(MONDAYS_AND_WEDNESDAYS,
                List.of(), at("2026-03-01T00:00"), at("2036-03-01T00:00")));
    }

    private static Schedule weekly(ZoneId zone, LocalTime start, DayOfWeek... days) {
        return new Schedule(Recurrence.WEEKLY, Set.of(days), null, null, start, 90, zone);
    }

    private static Schedule monthly(ZoneId zone, DayOfWeek day, int weekOfMonth) {
        return new Schedule(Recurrence.MONTHLY, Set.of(day), weekOfMonth, null, SEVEN_PM, 90, zone);
    }

    private static Schedule everyOtherWeek(ZoneId zone, LocalDate firstTuesday) {
        return new Schedule(Recurrence.EVERY_OTHER_WEEK, Set.of(TUESDAY), null, firstTuesday, SEVEN_PM, 75, zone);
    }

    private static LocalDateTime nextStart(Schedule schedule, List<ScheduleChange> changes, String newYorkTime) {
        return NextMeetingCalculator.next(schedule, changes, at(newYorkTime)).orElseThrow().localStart();
    }

    private static Instant at(String newYorkTime) {
        return at(NEW_YORK, newYorkTime);
    }

    private static Instant at(ZoneId zone, String localTime) {
        return LocalDateTime.parse(localTime).atZone(zone).toInstant();
    }

    private static LocalDateTime local(String localTime) {
        return LocalDateTime.parse(localTime);
    }

    private static List<LocalDateTime> localStarts(List<Occurrence> meetings) {
        return meetings.stream().map(Occurrence::localStart).toList();
    }

    private static List<Instant> startInstants(List<Occurrence> meetings) {
        return meetings.stream().map(Occurrence::startInstant).toList();
    }
}
