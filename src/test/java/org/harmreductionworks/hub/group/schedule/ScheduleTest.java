package org.harmreductionworks.hub.group.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.i18n.Language;

class ScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime SEVEN_PM = LocalTime.of(19, 0);

    @Test
    void acceptsEachKindOfCompleteSchedule() {
        assertEquals(List.of(), new Schedule(Recurrence.WEEKLY, Set.of(MONDAY, THURSDAY), null, null, SEVEN_PM, 60,
                NEW_YORK).problems());
        assertEquals(List.of(), new Schedule(Recurrence.EVERY_OTHER_WEEK, Set.of(TUESDAY), null,
                LocalDate.parse("2026-01-06"), SEVEN_PM, 90, NEW_YORK).problems());
        assertEquals(List.of(), new Schedule(Recurrence.MONTHLY, Set.of(THURSDAY), Schedule.LAST_WEEK, null, SEVEN_PM,
                75, NEW_YORK).problems());
    }

    @Test
    void everyOtherWeekNeedsOneWeekdayAndAFirstDate() {
        Schedule schedule = new Schedule(Recurrence.EVERY_OTHER_WEEK, Set.of(MONDAY, TUESDAY), null, null, SEVEN_PM,
                90, NEW_YORK);

        assertEquals(List.of("days", "firstDate"), fields(schedule.problems()));
        assertEquals("every other week needs one weekday and a first date", schedule.problems().get(0).message()
                .in(Language.ENGLISH));
    }

    @Test
    void theFirstDateOfAnEveryOtherWeekMeetingFallsOnItsWeekday() {
        Schedule wednesdayStart = new Schedule(Recurrence.EVERY_OTHER_WEEK, Set.of(TUESDAY), null,
                LocalDate.parse("2026-01-07"), SEVEN_PM, 90, NEW_YORK);

        assertEquals(List.of(new ScheduleProblem("firstDate", ProblemText.SCHEDULE_FIRST_DATE_WEEKDAY, TUESDAY)),
                wednesdayStart.problems());
        assertEquals("the first date must fall on the meeting's weekday, Tuesday",
                wednesdayStart.problems().get(0).message().in(Language.ENGLISH));
        assertEquals("la primera fecha tiene que caer en el día de la reunión, martes",
                wednesdayStart.problems().get(0).message().in(Language.SPANISH));
    }

    @Test
    void aMonthlyMeetingNeedsOneWeekdayAndAWeekFromOneToFourOrTheLast() {
        assertEquals(List.of("weekOfMonth"), fields(new Schedule(Recurrence.MONTHLY, Set.of(THURSDAY), 5, null,
                SEVEN_PM, 90, NEW_YORK).problems()));
        assertEquals(List.of("days", "weekOfMonth"), fields(new Schedule(Recurrence.MONTHLY, Set.of(), null, null,
                SEVEN_PM, 90, NEW_YORK).problems()));
        assertEquals(List.of("weekOfMonth"), fields(new Schedule(Recurrence.WEEKLY, Set.of(THURSDAY), 2, null,
                SEVEN_PM, 90, NEW_YORK).problems()));
    }

    @Test
    void rejectsAMeetingShorterThanAnHourOrLongerThanNinetyMinutes() {
        assertEquals(List.of("durationMinutes"), fields(new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null,
                SEVEN_PM, 91, NEW_YORK).problems()));
        assertEquals(List.of("durationMinutes"), fields(new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null,
                SEVEN_PM, 59, NEW_YORK).problems()));
    }

    @Test
    void needsEveryFieldAndARegionTimeZone() {
        assertEquals(List.of("recurrence", "start", "durationMinutes", "timeZone"),
                fields(new Schedule(null, null, null, null, null, 0, null).problems()));
        assertEquals(List.of("timeZone"), fields(new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null, SEVEN_PM,
                90, ZoneOffset.ofHours(-5)).problems()));
    }

    @Test
    void aChangeMustBeToARegularMeetingAndAMoveMustSayWhere() {
        Schedule mondays = new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null, SEVEN_PM, 90, NEW_YORK);

        assertTrue(ScheduleChange.cancelled(LocalDate.parse("2026-03-02")).problems(mondays).isEmpty());
        assertEquals(List.of("date"),
                fields(ScheduleChange.cancelled(LocalDate.parse("2026-03-03")).problems(mondays)));
        assertEquals(List.of("movedToDate"),
                fields(ScheduleChange.moved(LocalDate.parse("2026-03-02"), null, null).problems(mondays)));
        assertEquals(List.of("movedToStart"), fields(new ScheduleChange(LocalDate.parse("2026-03-02"),
                ScheduleChange.Kind.CANCELLED, null, SEVEN_PM).problems(mondays)));
    }

    private static List<String> fields(List<ScheduleProblem> problems) {
        return problems.stream().map(ScheduleProblem::field).toList();
    }

    @Test
    void aMoveToTheDateAndTimeTheMeetingAlreadyHasIsRefused() {
        Schedule mondays = new Schedule(Recurrence.WEEKLY, Set.of(MONDAY), null, null, SEVEN_PM, 90, NEW_YORK);
        LocalDate monday = LocalDate.parse("2026-12-07");
        assertEquals(List.of("movedToDate"), fields(ScheduleChange.moved(monday, monday, SEVEN_PM).problems(mondays)));
        assertEquals(List.of("movedToDate"), fields(ScheduleChange.moved(monday, monday, null).problems(mondays)));
        assertEquals(List.of("movedToDate"), fields(ScheduleChange.moved(monday, null, SEVEN_PM).problems(mondays)));
        assertEquals(List.of(), ScheduleChange.moved(monday, monday, LocalTime.of(18, 30)).problems(mondays));
        assertEquals(List.of(), ScheduleChange.moved(monday, monday.plusDays(1), null).problems(mondays));
    }
}
