package org.harmreductionworks.hub.group.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A group's meetings as an RFC 5545 iCalendar that calendar apps can subscribe to: one recurring event for the
 * regular schedule, cancelled and moved-away meetings excluded from it, and one event per moved meeting at its new
 * time, tied to the meeting it replaces by UID and RECURRENCE-ID.
 */
public final class GroupCalendar {

    static final String PRODUCT_ID = "-//Harm Reduction Works-HRW//hub//EN";

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    /**
     * ical4j's default registry reads the zone definitions bundled in its jar. It would fetch newer ones from their
     * TZURL only if {@code net.fortuna.ical4j.timezone.update.enabled} were set to true, which the hub never does:
     * writing a calendar must not depend on a third-party host.
     */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private GroupCalendar() {
    }

    /**
     * One group's meetings: a recurring series, cancelled and moved dates excluded from it, and each moved meeting
     * as its own event tied to the meeting it replaces.
     *
     * <p>The series starts at the first regular meeting on or after the schedule's first date, or on or after the
     * stamp's date when the schedule has none. Changes to meetings before that start are left out.
     *
     * @param stamp when this group's information last changed (DTSTAMP); a fixed stamp keeps the text the same
     *              until the listing changes, so a calendar can be cached and compared by its ETag
     */
    public record Series(CalendarEntry entry, Schedule schedule, List<ScheduleChange> changes, Instant stamp) {
    }

    /** One group's calendar text, with CRLF line endings and long lines folded. */
    public static String write(Series group) {
        return write(null, List.of(group));
    }

    /**
     * A calendar of several groups' meetings, each time zone defined once.
     *
     * @param name what calendar apps show for a subscription (X-WR-CALNAME); may be null
     */
    public static String write(String name, List<Series> groups) {
        StringWriter text = new StringWriter();
        write(name, groups, text);
        return text.toString();
    }

    /**
     * As {@link #write(String, List)}, written out group by group: the text ical4j would give for the whole
     * calendar, without ever holding it, or all the groups' events, at once (100,000 groups' events ran a 512 MB heap
     * out of memory). The events are written as ical4j prints them rather than by it (see {@link EventLines}).
     */
    public static void write(String name, List<Series> groups, Writer out) {
        write(name, () -> groups.stream().map(group -> group.schedule().zone()).iterator(), groups, out);
    }

    /**
     * As {@link #write(String, List, Writer)}, for groups read twice, first for their time zones alone
     * ({@code zones}, in the groups' order), then as series. The calendar's opening is flushed before either is
     * read, so a reader streaming the calendar gets its first bytes while the groups are collected.
     */
    public static void write(String name, Iterable<ZoneId> zones, Iterable<Series> groups, Writer out) {
        List<Property> properties = new ArrayList<>(List.of(new ProdId(PRODUCT_ID), ImmutableVersion.VERSION_2_0,
                ImmutableMethod.PUBLISH));
        if (name != null) {
            properties.add(new XProperty("X-WR-CALNAME", plainText(name)));
        }
        try {
            // As ical4j's Calendar.toString(): its properties, then the zones, then the events.
            writeFolded("BEGIN:VCALENDAR\r\n" + new PropertyList(properties), out);
            out.flush();
            // The bundled definition may be filed under the canonical name of an alias (US/Eastern is
            // America/New_York); every TZID in the calendar must name a VTIMEZONE that is in it.
            Map<ZoneId, ZoneId> calendarZones = new HashMap<>();
            Map<ZoneId, VTimeZone> definitions = new LinkedHashMap<>();
            for (ZoneId zone : zones) {
                calendarZones.computeIfAbsent(zone, z -> {
                    VTimeZone timeZone = timeZone(z);
                    ZoneId calendarZone = ZoneId.of(timeZone.getTimeZoneId().getValue());
                    definitions.putIfAbsent(calendarZone, timeZone);
                    return calendarZone;
                });
            }
            for (VTimeZone zone : definitions.values()) {
                writeFolded(zone.toString(), out);
            }
            EventLines events = new EventLines(out);
            for (Series group : groups) {
                group.schedule().requireValid();
                writeEvents(group, calendarZones.get(group.schedule().zone()), events);
            }
            events.flush();
            out.write("END:VCALENDAR\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One group's events: a series from its first meeting, cancelled and moved dates excluded, and each moved
     * meeting as its own event.
     */
    private static void writeEvents(Series group, ZoneId calendarZone, EventLines events) throws IOException {
        Schedule schedule = group.schedule();
        LocalDate seriesStart = firstMeetingOnOrAfter(schedule, schedule.firstDate() != null ? schedule.firstDate()
                : LocalDate.ofInstant(group.stamp(), schedule.zone()));
        List<ScheduleChange> seriesChanges = group.changes().isEmpty() ? List.of()
                : NextMeetingCalculator.byDate(group.changes()).entrySet().stream()
                        .filter(change -> schedule.meetsOn(change.getKey()) && !change.getKey().isBefore(seriesStart))
                        .sorted(Map.Entry.comparingByKey())
                        .map(Map.Entry::getValue)
                        .toList();
        // Moved meetings are excluded too: the series no longer holds them, their own events do.
        List<ZonedDateTime> excluded = new ArrayList<>(seriesChanges.size());
        List<ZonedDateTime> movedFrom = new ArrayList<>();
        List<ZonedDateTime> movedStarts = new ArrayList<>();
        for (ScheduleChange change : seriesChanges) {
            ZonedDateTime regular = regularStart(schedule, change.date(), calendarZone);
            excluded.add(regular);
            if (change.kind() == ScheduleChange.Kind.MOVED) {
                movedFrom.add(regular);
                movedStarts.add(NextMeetingCalculator.moved(schedule, change).start()
                        .withZoneSameInstant(calendarZone));
            }
        }
        events.write(group.entry(), group.stamp(), schedule, Duration.ofMinutes(schedule.durationMinutes()),
                regularStart(schedule, seriesStart, calendarZone), excluded, movedFrom, movedStarts);
    }

    /**
     * Text as RFC 5545 allows it: ical4j escapes line feeds but would pass a lone carriage return or another control
     * character through, which breaks the line structure of the whole calendar.
     */
    static String plainText(String text) {
        if (!hasControlCharacter(text)) {
            return text;
        }
        return CONTROL_CHARACTERS.matcher(LINE_BREAK.matcher(text).replaceAll("\n")).replaceAll("");
    }

    /** Other than a line feed, which is already as it should be (most descriptions have some). */
    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    static Recur<ZonedDateTime> recurrence(Schedule schedule) {
        Recur.Builder<ZonedDateTime> rule = new Recur.Builder<>();
        switch (schedule.recurrence()) {
            case WEEKLY -> rule.frequency(Frequency.WEEKLY)
                    .dayList(schedule.days().stream().map(WeekDay::getWeekDay).toList());
            case EVERY_OTHER_WEEK -> rule.frequency(Frequency.WEEKLY).interval(2)
                    .dayList(WeekDay.getWeekDay(schedule.onlyDay()));
            case MONTHLY -> rule.frequency(Frequency.MONTHLY)
                    .dayList(new WeekDay(WeekDay.getWeekDay(schedule.onlyDay()), schedule.weekOfMonth()));
        }
        return rule.build();
    }

    static ZonedDateTime regularStart(Schedule schedule, LocalDate date, ZoneId calendarZone) {
        return NextMeetingCalculator.regular(schedule, date).start().withZoneSameInstant(calendarZone);
    }

    static LocalDate firstMeetingOnOrAfter(Schedule schedule, LocalDate from) {
        for (LocalDate date = from; !date.isAfter(from.plusDays(NextMeetingCalculator.HORIZON_DAYS));
                date = date.plusDays(1)) {
            if (schedule.meetsOn(date)) {
                return date;
            }
        }
        // A valid schedule meets at least every five weeks.
        throw new IllegalStateException("no meeting within " + NextMeetingCalculator.HORIZON_DAYS + " days");
    }

    private static VTimeZone timeZone(ZoneId zone) {
        net.fortuna.ical4j.model.TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalArgumentException("no iCalendar definition for the time zone " + zone.getId());
        }
        return timeZone.getVTimeZone();
    }

    /**
     * Folds each line to at most {@value EventLines#MAX_LINE_OCTETS} octets of UTF-8, never inside a character.
     * ical4j's own folding counts UTF-16 chars, so it lets lines in Spanish or with emoji run long and can split a
     * surrogate pair into two invalid halves.
     */
    static String foldLines(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 16);
        for (String line : unfolded.split("\r\n")) {
            EventLines.appendFolded(line, folded);
        }
        return folded.toString();
    }

    private static void writeFolded(String unfolded, Writer out) throws IOException {
        out.append(foldLines(unfolded));
    }
}
