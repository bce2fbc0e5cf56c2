package org.harmreductionworks.hub.group.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
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

    /** RFC 5545 section 3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    private static final int MAX_LINE_OCTETS = 75;

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
     * out of memory).
     */
    public static void write(String name, List<Series> groups, Writer out) {
        List<Property> properties = new ArrayList<>(List.of(new ProdId(PRODUCT_ID), ImmutableVersion.VERSION_2_0,
                ImmutableMethod.PUBLISH));
        if (name != null) {
            properties.add(new XProperty("X-WR-CALNAME", plainText(name)));
        }
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        for (Series group : groups) {
            group.schedule().requireValid();
            VTimeZone timeZone = timeZone(group.schedule().zone());
            zones.putIfAbsent(timeZone.getTimeZoneId().getValue(), timeZone);
        }
        try {
            // As ical4j's Calendar.toString(): its properties, then the zones, then the events.
            writeFolded("BEGIN:VCALENDAR\r\n" + new PropertyList(properties), out);
            for (VTimeZone zone : zones.values()) {
                writeFolded(zone.toString(), out);
            }
            for (Series group : groups) {
                VTimeZone timeZone = zones.get(timeZone(group.schedule().zone()).getTimeZoneId().getValue());
                for (VEvent event : events(group, timeZone)) {
                    writeFolded(event.toString(), out);
                }
            }
            out.write("END:VCALENDAR\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<VEvent> events(Series group, VTimeZone timeZone) {
        Schedule schedule = group.schedule();
        CalendarEntry entry = group.entry();
        Instant stamp = group.stamp();
        // The bundled definition may be filed under the canonical name of an alias (US/Eastern is America/New_York);
        // every TZID in the calendar must name a VTIMEZONE that is in it.
        ZoneId calendarZone = ZoneId.of(timeZone.getTimeZoneId().getValue());
        Duration length = Duration.ofMinutes(schedule.durationMinutes());

        LocalDate seriesStart = firstMeetingOnOrAfter(schedule,
                schedule.firstDate() != null ? schedule.firstDate() : LocalDate.ofInstant(stamp, schedule.zone()));
        List<ScheduleChange> seriesChanges = NextMeetingCalculator.byDate(group.changes()).entrySet().stream()
                .filter(change -> schedule.meetsOn(change.getKey()) && !change.getKey().isBefore(seriesStart))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();

        List<VEvent> events = new ArrayList<>();
        VEvent series = event(entry, stamp, regularStart(schedule, seriesStart, calendarZone), length);
        series.add(new RRule<>(recurrence(schedule)));
        if (!seriesChanges.isEmpty()) {
            // Moved meetings are excluded too: the series no longer holds them, their own events below do.
            List<ZonedDateTime> excluded = seriesChanges.stream()
                    .map(change -> regularStart(schedule, change.date(), calendarZone))
                    .toList();
            series.add(new ExDate<>(new ParameterList(List.of(new TzId(calendarZone.getId()))),
                    new DateList<>(excluded)));
        }
        events.add(series);
        for (ScheduleChange change : seriesChanges) {
            if (change.kind() == ScheduleChange.Kind.MOVED) {
                ZonedDateTime movedStart = NextMeetingCalculator.moved(schedule, change).start()
                        .withZoneSameInstant(calendarZone);
                VEvent moved = event(entry, stamp, movedStart, length);
                moved.add(new RecurrenceId<>(regularStart(schedule, change.date(), calendarZone)));
                events.add(moved);
            }
        }
        return events;
    }

    private static VEvent event(CalendarEntry entry, Instant stamp, ZonedDateTime start, Duration length) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(entry.uid()));
        properties.add(new DtStamp(stamp));
        properties.add(new DtStart<>(start));
        properties.add(new net.fortuna.ical4j.model.property.Duration(length));
        properties.add(new Summary(plainText(entry.summary())));
        if (entry.description() != null) {
            properties.add(new Description(plainText(entry.description())));
        }
        if (entry.location() != null) {
            properties.add(new Location(plainText(entry.location())));
        }
        if (entry.url() != null) {
            properties.add(new Url(URI.create(entry.url())));
        }
        VEvent event = new VEvent(false);
        event.addAll(properties);
        return event;
    }

    /**
     * Text as RFC 5545 allows it: ical4j escapes line feeds but would pass a lone carriage return or another control
     * character through, which breaks the line structure of the whole calendar.
     */
    private static String plainText(String text) {
        if (!hasControlCharacter(text)) {
            return text;
        }
        return CONTROL_CHARACTERS.matcher(LINE_BREAK.matcher(text).replaceAll("\n")).replaceAll("");
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static Recur<ZonedDateTime> recurrence(Schedule schedule) {
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

    private static ZonedDateTime regularStart(Schedule schedule, LocalDate date, ZoneId calendarZone) {
        return NextMeetingCalculator.regular(schedule, date).start().withZoneSameInstant(calendarZone);
    }

    private static LocalDate firstMeetingOnOrAfter(Schedule schedule, LocalDate from) {
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
     * Folds each line to at most {@value #MAX_LINE_OCTETS} octets of UTF-8, never inside a character. ical4j's own
     * folding counts UTF-16 chars, so it lets lines in Spanish or with emoji run long and can split a surrogate pair
     * into two invalid halves.
     */
    static String foldLines(String unfolded) {
        StringWriter folded = new StringWriter(unfolded.length() + unfolded.length() / 16);
        try {
            writeFolded(unfolded, folded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded.toString();
    }

    private static void writeFolded(String unfolded, Writer folded) throws IOException {
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int width = utf8Octets(codePoint);
                if (octets + width > MAX_LINE_OCTETS) {
                    // The continuation line's leading space is one of its 75 octets.
                    folded.write("\r\n ");
                    octets = 1;
                }
                int chars = Character.charCount(codePoint);
                folded.write(line, i, chars);
                octets += width;
                i += chars;
            }
            folded.write("\r\n");
        }
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
