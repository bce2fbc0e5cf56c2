package org.harmreductionworks.hub.group.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.harmreductionworks.hub.common.error.ProblemText;

/**
 * When a group regularly meets, in the group's own time zone. Meetings keep their local start time all year, so a
 * 7pm meeting is at 7pm on both sides of a daylight-saving change.
 *
 * <p>The record accepts incomplete input so that {@link #problems()} can say everything that is wrong at once;
 * code that computes meetings first checks that there are no problems.
 *
 * @param recurrence      how often the meeting comes round
 * @param days            the weekdays it meets on: one or more for {@link Recurrence#WEEKLY}, exactly one otherwise
 * @param weekOfMonth     {@link Recurrence#MONTHLY} only: 1 to 4, or {@link #LAST_WEEK} for the last such weekday
 * @param firstDate       the first meeting; required for {@link Recurrence#EVERY_OTHER_WEEK}, whose fortnights it sets
 *                        in step; otherwise optional, and when set no meeting falls before it
 * @param start           the local start time
 * @param durationMinutes how long a meeting lasts, {@value #SHORTEST_MEETING_MINUTES} to
 *                        {@value #LONGEST_MEETING_MINUTES} minutes
 * @param zone            the group's time zone, a region such as {@code America/New_York}
 */
public record Schedule(
        Recurrence recurrence,
        Set<DayOfWeek> days,
        Integer weekOfMonth,
        LocalDate firstDate,
        LocalTime start,
        int durationMinutes,
        ZoneId zone) {

    /** The {@link #weekOfMonth} that means the last such weekday of the month, whether it is the 4th or the 5th. */
    public static final int LAST_WEEK = -1;
    public static final int SHORTEST_MEETING_MINUTES = 60;
    public static final int LONGEST_MEETING_MINUTES = 90;


    public Schedule {
        // An EnumSet keeps the weekdays in calendar order, which the iCalendar BYDAY list and tests rely on.
        days = days == null || days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** Everything wrong with this schedule, field by field; empty when meetings can be computed from it. */
    public List<ScheduleProblem> problems() {
        List<ScheduleProblem> problems = new ArrayList<>();
        if (recurrence == null) {
            problems.add(new ScheduleProblem("recurrence", ProblemText.SCHEDULE_RECURRENCE));
        } else {
            switch (recurrence) {
                case WEEKLY -> {
                    if (days.isEmpty()) {
                        problems.add(new ScheduleProblem("days", ProblemText.SCHEDULE_WEEKLY_DAYS));
                    }
                }
                case EVERY_OTHER_WEEK -> {
                    if (days.size() != 1) {
                        problems.add(new ScheduleProblem("days", ProblemText.SCHEDULE_EVERY_OTHER_WEEK));
                    }
                    if (firstDate == null) {
                        problems.add(new ScheduleProblem("firstDate", ProblemText.SCHEDULE_EVERY_OTHER_WEEK));
                    } else if (days.size() == 1 && !days.contains(firstDate.getDayOfWeek())) {
                        problems.add(new ScheduleProblem("firstDate", ProblemText.SCHEDULE_FIRST_DATE_WEEKDAY,
                                onlyDay()));
                    }
                }
                case MONTHLY -> {
                    if (days.size() != 1) {
                        problems.add(new ScheduleProblem("days", ProblemText.SCHEDULE_MONTHLY_DAYS));
                    }
                    if (weekOfMonth == null) {
                        problems.add(new ScheduleProblem("weekOfMonth", ProblemText.SCHEDULE_MONTHLY_WEEK));
                    } else if (weekOfMonth != LAST_WEEK && (weekOfMonth < 1 || weekOfMonth > 4)) {
                        problems.add(new ScheduleProblem("weekOfMonth", ProblemText.SCHEDULE_WEEK_OF_MONTH));
                    }
                }
            }
            if (recurrence != Recurrence.MONTHLY && weekOfMonth != null) {
                problems.add(new ScheduleProblem("weekOfMonth", ProblemText.SCHEDULE_WEEK_OF_MONTH_MONTHLY_ONLY));
            }
        }
        if (start == null) {
            problems.add(new ScheduleProblem("start", ProblemText.SCHEDULE_START));
        }
        if (durationMinutes < SHORTEST_MEETING_MINUTES || durationMinutes > LONGEST_MEETING_MINUTES) {
            problems.add(new ScheduleProblem("durationMinutes", ProblemText.SCHEDULE_DURATION,
                    SHORTEST_MEETING_MINUTES, LONGEST_MEETING_MINUTES));
        }
        if (zone == null) {
            problems.add(new ScheduleProblem("timeZone", ProblemText.SCHEDULE_TIME_ZONE));
        } else if (zone.normalized() instanceof ZoneOffset) {
            // A fixed offset would move the meeting by an hour at each daylight-saving change.
            problems.add(new ScheduleProblem("timeZone", ProblemText.SCHEDULE_FIXED_OFFSET));
        }
        return problems;
    }

    /**
     * Whether the regular pattern has a meeting on this local date, before any cancellation or move. Assumes a
     * schedule without {@link #problems()}.
     */
    public boolean meetsOn(LocalDate date) {
        if (firstDate != null && date.isBefore(firstDate) || !days.contains(date.getDayOfWeek())) {
            return false;
        }
        return switch (recurrence) {
            case WEEKLY -> true;
            case EVERY_OTHER_WEEK -> Math.floorMod(ChronoUnit.DAYS.between(firstDate, date), 14L) == 0;
            case MONTHLY -> weekOfMonth == LAST_WEEK
                    ? date.plusWeeks(1).getMonth() != date.getMonth()
                    : (date.getDayOfMonth() - 1) / 7 + 1 == weekOfMonth;
        };
    }

    /**
     * Whether the group meets every week on each of its days: the only rhythm that weekly-only formats (BMLT, the
     * Meeting Guide specification) can state without a client putting dates on a calendar when there is no meeting.
     */
    public boolean weekly() {
        return recurrence == Recurrence.WEEKLY;
    }

    /** Stops code that computes meetings from a schedule with {@link #problems()}. */
    void requireValid() {
        List<ScheduleProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a valid schedule: " + problems);
        }
    }

    /** The single weekday of an every-other-week or monthly schedule. */
    DayOfWeek onlyDay() {
        return days.iterator().next();
    }
}
