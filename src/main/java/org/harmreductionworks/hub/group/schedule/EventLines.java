package org.harmreductionworks.hub.group.schedule;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * VEVENTs written straight to content lines, as ical4j prints them: at 100,000 groups, building and printing
 * ical4j's object model for every event took most of the time the whole calendar took. ical4j still writes what is
 * the same for many events (a rule, a duration, a zone's parameters), once each; {@code GroupCalendarTest} compares
 * the whole text with ical4j's own.
 */
final class EventLines {

    /** RFC 5545 section 3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_LINE_OCTETS = 75;

    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    /** Written out in chunks about this long, rather than a character at a time. */
    private static final int FLUSH_AT = 1 << 15;

    private record Rule(Recurrence recurrence, Set<DayOfWeek> days, Integer weekOfMonth) {
    }

    /**
     * What a zone's date-times are written after: the property's name and its TZID parameter. The times themselves
     * are the meeting's local times by the JDK's rules for that zone. ical4j, asked to write a time in a zone, converts
     * it by rules of its own, which got some zones wrong: a São Paulo group at 19:00 whose calendar began in January
     * 2026 was written at 20:00, and its whole series with it.
     */
    private record CalendarZone(String start, String excluded, String recurrenceId) {
    }

    private final Writer out;
    private final StringBuilder folded = new StringBuilder(FLUSH_AT + 1024);
    private final StringBuilder line = new StringBuilder(1024);
    private final Map<Rule, String> rules = new HashMap<>();
    private final Map<Long, String> durations = new HashMap<>();
    private final Map<ZoneId, CalendarZone> calendarZones = new HashMap<>();

    EventLines(Writer out) {
        this.out = out;
    }

    /**
     * One group's events: its series, from {@code seriesStart} with {@code excluded} dates left out, then one event
     * for each moved meeting, at {@code movedStarts} in place of the regular one at {@code movedFrom}.
     */
    void write(CalendarEntry entry, Instant stamp, Schedule schedule, Duration length, ZonedDateTime seriesStart,
            List<ZonedDateTime> excluded, List<ZonedDateTime> movedFrom, List<ZonedDateTime> movedStarts)
            throws IOException {
        CalendarZone zone = calendarZones.computeIfAbsent(seriesStart.getZone(), EventLines::calendarZone);
        event(entry, stamp, zone, seriesStart, length);
        line.setLength(0);
        line.append("RRULE:").append(rules.computeIfAbsent(
                new Rule(schedule.recurrence(), schedule.days(), schedule.weekOfMonth()),
                rule -> new RRule<>(GroupCalendar.recurrence(schedule)).getValue()));
        fold();
        if (!excluded.isEmpty()) {
            line.setLength(0);
            line.append(zone.excluded()).append(':');
            for (int i = 0; i < excluded.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                LOCAL_DATE_TIME.formatTo(excluded.get(i), line);
            }
            fold();
        }
        endEvent();
        for (int i = 0; i < movedStarts.size(); i++) {
            event(entry, stamp, zone, movedStarts.get(i), length);
            line.setLength(0);
            line.append(zone.recurrenceId()).append(':');
            LOCAL_DATE_TIME.formatTo(movedFrom.get(i), line);
            fold();
            endEvent();
        }
        if (folded.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Writes out what is still held; the writer itself is left open. */
    void flush() throws IOException {
        out.append(folded);
        folded.setLength(0);
    }

    private void event(CalendarEntry entry, Instant stamp, CalendarZone zone, ZonedDateTime start,
            Duration length) {
        folded.append("BEGIN:VEVENT\r\n");
        text("UID", entry.uid(), false);
        line.setLength(0);
        line.append("DTSTAMP:");
        UTC_DATE_TIME.formatTo(stamp, line);
        fold();
        line.setLength(0);
        line.append(zone.start()).append(':');
        LOCAL_DATE_TIME.formatTo(start, line);
        fold();
        line.setLength(0);
        line.append("DURATION:").append(durations.computeIfAbsent(length.toMinutes(),
                minutes -> new net.fortuna.ical4j.model.property.Duration(length).getValue()));
        fold();
        text("SUMMARY", entry.summary());
        if (entry.description() != null) {
            text("DESCRIPTION", entry.description());
        }
        if (entry.location() != null) {
            text("LOCATION", entry.location());
        }
        if (entry.url() != null) {
            line.setLength(0);
            // Parsed as ical4j's Url was, so an address that is not a URI still fails rather than being written.
            line.append("URL:").append(URI.create(entry.url()));
            fold();
        }
    }

    private void endEvent() {
        folded.append("END:VEVENT\r\n");
    }

    /**
     * A TEXT value as {@link GroupCalendar#plainText} makes it (every line break a line feed, other control
     * characters but tab dropped), then escaped as ical4j escapes it (its PropertyCodec): in one pass, and appended
     * whole when there is nothing to change, as for most names and places.
     */
    private void text(String name, String value) {
        text(name, value, true);
    }

    /**
     * As {@link #text(String, String)}, or with {@code plain} false, escaped as it is: a lone carriage return or
     * another control character passes through (as in a UID, which ical4j writes unchanged but for its escapes).
     */
    private void text(String name, String value, boolean plain) {
        line.setLength(0);
        line.append(name).append(':');
        if (!needsChanging(value)) {
            line.append(value);
            fold();
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case ',', ';' -> line.append('\\').append(c);
                case '\n' -> line.append("\\n");
                case '\r' -> {
                    boolean crlf = i + 1 < value.length() && value.charAt(i + 1) == '\n';
                    if (plain || crlf) {
                        line.append("\\n");
                        i += crlf ? 1 : 0;
                    } else {
                        line.append(c);
                    }
                }
                default -> {
                    if (!plain || c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        line.append(c);
                    }
                }
            }
        }
        fold();
    }

    private static boolean needsChanging(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\\' || c == ',' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /** The line held in {@code line}, folded into {@code folded} as {@link GroupCalendar#foldLines} folds. */
    private void fold() {
        appendFolded(line, folded);
    }

    /**
     * Appends one content line (no line break in it), folded to at most 75 octets of UTF-8, then CRLF. Most lines
     * need no fold and are appended whole; a folded one is appended a piece at a time, never a character at a time.
     */
    static void appendFolded(CharSequence unfolded, StringBuilder to) {
        int octets = 0;
        int length = unfolded.length();
        int from = 0;
        for (int i = 0; i < length; ) {
            char c = unfolded.charAt(i);
            int chars = 1;
            int width;
            if (c < 0x80) {
                width = 1;
            } else if (c < 0x800) {
                width = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(unfolded.charAt(i + 1))) {
                width = 4;
                chars = 2;
            } else {
                width = 3;
            }
            if (octets + width > MAX_LINE_OCTETS) {
                // The continuation line's leading space is one of its 75 octets.
                to.append(unfolded, from, i).append("\r\n ");
                from = i;
                octets = 1;
            }
            octets += width;
            i += chars;
        }
        if (from == 0) {
            to.append(unfolded);
        } else {
            to.append(unfolded, from, length);
        }
        to.append("\r\n");
    }

    private static CalendarZone calendarZone(ZoneId zone) {
        ZonedDateTime any = ZonedDateTime.of(2026, 1, 1, 12, 0, 0, 0, zone);
        TzId tzId = new TzId(zone.getId());
        return new CalendarZone(prefix(new DtStart<>(any).toString()),
                prefix(new ExDate<>(new ParameterList(List.of(tzId)), new DateList<>(List.of(any))).toString()),
                prefix(new RecurrenceId<>(any).toString()));
    }

    /** "DTSTART;TZID=Europe/London" of "DTSTART;TZID=Europe/London:20260101T120000". */
    private static String prefix(String property) {
        return property.substring(0, property.indexOf(':'));
    }
}
