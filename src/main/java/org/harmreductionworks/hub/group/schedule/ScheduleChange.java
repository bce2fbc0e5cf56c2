package org.harmreductionworks.hub.group.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.harmreductionworks.hub.common.error.ProblemText;

/**
 * A one-off change to one regular meeting: it is cancelled, or it happens at another date or time.
 *
 * @param date         the date of the regular meeting that changes
 * @param kind         what happens to it
 * @param movedToDate  {@link Kind#MOVED} only: the new date; when absent the meeting stays on its date
 * @param movedToStart {@link Kind#MOVED} only: the new local start time; when absent it keeps the regular time
 */
public record ScheduleChange(LocalDate date, Kind kind, LocalDate movedToDate, LocalTime movedToStart) {

    public enum Kind {
        CANCELLED,
        MOVED;

        /** The API's spelling: cancelled, moved. */
        @com.fasterxml.jackson.annotation.JsonValue
        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ScheduleChange cancelled(LocalDate date) {
        return new ScheduleChange(date, Kind.CANCELLED, null, null);
    }

    public static ScheduleChange moved(LocalDate date, LocalDate movedToDate, LocalTime movedToStart) {
        return new ScheduleChange(date, Kind.MOVED, movedToDate, movedToStart);
    }

    /**
     * Everything wrong with this change to the given schedule, field by field. A change must be to a date the group
     * regularly meets on, or it would change nothing (a cancellation) or add a meeting out of thin air (a move).
     */
    public List<ScheduleProblem> problems(Schedule schedule) {
        List<ScheduleProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new ScheduleProblem("date", ProblemText.CHANGE_DATE_NEEDED));
        } else if (schedule.problems().isEmpty() && !schedule.meetsOn(date)) {
            problems.add(new ScheduleProblem("date", ProblemText.CHANGE_DATE_NOT_REGULAR, date));
        }
        if (kind == null) {
            problems.add(new ScheduleProblem("kind", ProblemText.CHANGE_KIND));
        } else if (kind == Kind.MOVED && movedToDate == null && movedToStart == null) {
            problems.add(new ScheduleProblem("movedToDate", ProblemText.CHANGE_MOVED_NEEDS));
        } else if (kind == Kind.MOVED && (movedToDate == null || movedToDate.equals(date))
                && (movedToStart == null || movedToStart.equals(schedule.start()))) {
            // Listed as "moved", a meeting that is where it always is would send people looking for a change.
            problems.add(new ScheduleProblem("movedToDate", ProblemText.CHANGE_MOVED_NOWHERE));
        } else if (kind == Kind.CANCELLED) {
            if (movedToDate != null) {
                problems.add(new ScheduleProblem("movedToDate", ProblemText.CHANGE_MOVED_ONLY));
            }
            if (movedToStart != null) {
                problems.add(new ScheduleProblem("movedToStart", ProblemText.CHANGE_MOVED_ONLY));
            }
        }
        return problems;
    }
}
