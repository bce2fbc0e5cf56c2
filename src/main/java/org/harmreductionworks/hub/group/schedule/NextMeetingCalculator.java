package org.harmreductionworks.hub.group.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a group actually meets: its regular schedule, less cancelled meetings, with moved meetings at their new date
 * and time. Pure and cheap, because the group search asks it for every result.
 */
public final class NextMeetingCalculator {

    /**
     * How far ahead to look. Longer than any gap a valid schedule has (a monthly meeting is at most five weeks from
     * the next), so finding nothing means the group has not started yet or has cancelled a year of meetings.
     */
    public static final int HORIZON_DAYS = 400;

    private NextMeetingCalculator() {
    }

    /** The first meeting that starts after {@code now}, looking at most {@value #HORIZON_DAYS} days ahead. */
    public static Optional<Occurrence> next(Schedule schedule, List<ScheduleChange> changes, Instant now) {
        schedule.requireValid();
        Map<LocalDate, ScheduleChange> changeByDate = byDate(changes);
        LocalDate today = LocalDate.ofInstant(now, schedule.zone());
        LocalDate lastDay = today.plusDays(HORIZON_DAYS);

        Occurrence first = null;
        for (LocalDate date = today; !date.isAfter(lastDay); date = date.plusDays(1)) {
            if (schedule.meetsOn(date) && !changeByDate.containsKey(date)) {
                Occurrence regular = regular(schedule, date);
                if (regular.startInstant().isAfter(now)) {
                    first = regular;
                    break;
                }
            }
        }
        for (Occurrence moved : movedMeetings(schedule, changeByDate)) {
            boolean inRange = moved.startInstant().isAfter(now) && !moved.start().toLocalDate().isAfter(lastDay);
            if (inRange && (first == null || moved.startInstant().isBefore(first.startInstant()))) {
                first = moved;
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The meetings that start at or after {@code from} and before {@code to}, in order.
     *
     * @throws IllegalArgumentException when the range is longer than {@value #HORIZON_DAYS} days, to keep the work
     *                                  bounded
     */
    public static List<Occurrence> between(Schedule schedule, List<ScheduleChange> changes, Instant from, Instant to) {
        schedule.requireValid();
        if (!to.isAfter(from)) {
            return List.of();
        }
        LocalDate firstDay = LocalDate.ofInstant(from, schedule.zone());
        LocalDate lastDay = LocalDate.ofInstant(to, schedule.zone());
        if (firstDay.plusDays(HORIZON_DAYS).isBefore(lastDay)) {
            throw new IllegalArgumentException("ask for at most " + HORIZON_DAYS + " days of meetings at once");
        }
        Map<LocalDate, ScheduleChange> changeByDate = byDate(changes);

        List<Occurrence> meetings = new ArrayList<>();
        for (LocalDate date = firstDay; !date.isAfter(lastDay); date = date.plusDays(1)) {
            if (schedule.meetsOn(date) && !changeByDate.containsKey(date)) {
                meetings.add(regular(schedule, date));
            }
        }
        meetings.addAll(movedMeetings(schedule, changeByDate));
        meetings.removeIf(meeting -> meeting.startInstant().isBefore(from) || !meeting.startInstant().isBefore(to));
        meetings.sort(Comparator.comparing(Occurrence::startInstant));
        return meetings;
    }

    /** The regular meeting on a date the schedule meets on, before any change. */
    static Occurrence regular(Schedule schedule, LocalDate date) {
        // ZonedDateTime.of keeps the local time across daylight-saving changes; a start that falls into a
        // spring-forward gap moves later by the gap's length, and one in an autumn overlap takes the earlier offset.
        ZonedDateTime start = ZonedDateTime.of(date, schedule.start(), schedule.zone());
        return new Occurrence(start, start.plusMinutes(schedule.durationMinutes()), false);
    }

    /** Where a moved meeting now is. */
    static Occurrence moved(Schedule schedule, ScheduleChange change) {
        LocalDate date = change.movedToDate() != null ? change.movedToDate() : change.date();
        ZonedDateTime start = ZonedDateTime.of(date,
                change.movedToStart() != null ? change.movedToStart() : schedule.start(), schedule.zone());
        return new Occurrence(start, start.plusMinutes(schedule.durationMinutes()), true);
    }

    /**
     * The changes that apply, by the date of the meeting they change. A change to a date the schedule does not meet
     * on (left over from an earlier schedule) changes nothing: it can neither cancel nor add a meeting. When two
     * changes name the same date, the later one in the list wins.
     */
    static Map<LocalDate, ScheduleChange> byDate(List<ScheduleChange> changes) {
        if (changes.isEmpty()) {
            return Map.of();
        }
        Map<LocalDate, ScheduleChange> byDate = new HashMap<>();
        for (ScheduleChange change : changes) {
            if (change.date() != null && change.kind() != null) {
                byDate.put(change.date(), change);
            }
        }
        return byDate;
    }

    private static List<Occurrence> movedMeetings(Schedule schedule, Map<LocalDate, ScheduleChange> changeByDate) {
        if (changeByDate.isEmpty()) {
            return List.of();
        }
        List<Occurrence> moved = new ArrayList<>();
        for (ScheduleChange change : changeByDate.values()) {
            if (change.kind() == ScheduleChange.Kind.MOVED && schedule.meetsOn(change.date())) {
                moved.add(moved(schedule, change));
            }
        }
        return moved;
    }
}
