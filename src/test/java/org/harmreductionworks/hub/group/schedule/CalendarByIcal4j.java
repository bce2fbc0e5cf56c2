package org.harmreductionworks.hub.group.schedule;

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

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
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

/**
 * The calendar as the hub wrote it before it wrote events itself: every event an ical4j object, the whole calendar
 * printed by ical4j and folded to 75 octets. What {@link GroupCalendar} writes must be this text, byte for byte.
 */
final class CalendarByIcal4j {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarByIcal4j() {
    }

    static String write(String name, List<GroupCalendar.Series> groups) {
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        List<CalendarComponent> events = new ArrayList<>();
        for (GroupCalendar.Series group : groups) {
            VTimeZone zone = ZONES.getTimeZone(group.schedule().zone().getId()).getVTimeZone();
            zones.putIfAbsent(zone.getTimeZoneId().getValue(), zone);
            events.addAll(events(group, zones.get(zone.getTimeZoneId().getValue())));
        }
        List<CalendarComponent> components = new ArrayList<>(zones.values());
        components.addAll(events);
        List<Property> properties = new ArrayList<>(List.of(new ProdId(GroupCalendar.PRODUCT_ID),
                ImmutableVersion.VERSION_2_0, ImmutableMethod.PUBLISH));
        if (name != null) {
            properties.add(new XProperty("X-WR-CALNAME", GroupCalendar.plainText(name)));
        }
        return fold(new Calendar(new PropertyList(properties), new ComponentList<>(components)).toString());
    }

    private static List<VEvent> events(GroupCalendar.Series group, VTimeZone timeZone) {
        Schedule schedule = group.schedule();
        CalendarEntry entry = group.entry();
        Instant stamp = group.stamp();
        ZoneId calendarZone = ZoneId.of(timeZone.getTimeZoneId().getValue());
        Duration length = Duration.ofMinutes(schedule.durationMinutes());

        LocalDate seriesStart = GroupCalendar.firstMeetingOnOrAfter(schedule,
                schedule.firstDate() != null ? schedule.firstDate() : LocalDate.ofInstant(stamp, schedule.zone()));
        List<ScheduleChange> seriesChanges = NextMeetingCalculator.byDate(group.changes()).entrySet().stream()
                .filter(change -> schedule.meetsOn(change.getKey()) && !change.getKey().isBefore(seriesStart))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();

        List<VEvent> events = new ArrayList<>();
        VEvent series = event(entry, stamp, GroupCalendar.regularStart(schedule, seriesStart, calendarZone), length);
        series.add(new RRule<>(GroupCalendar.recurrence(schedule)));
        if (!seriesChanges.isEmpty()) {
            String excluded = seriesChanges.stream()
                    .map(change -> local(GroupCalendar.regularStart(schedule, change.date(), calendarZone)))
                    .collect(java.util.stream.Collectors.joining(","));
            series.add(new ExDate<>(inZone(calendarZone), excluded));
        }
        events.add(series);
        for (ScheduleChange change : seriesChanges) {
            if (change.kind() == ScheduleChange.Kind.MOVED) {
                ZonedDateTime movedStart = NextMeetingCalculator.moved(schedule, change).start()
                        .withZoneSameInstant(calendarZone);
                VEvent moved = event(entry, stamp, movedStart, length);
                moved.add(new RecurrenceId<>(inZone(calendarZone),
                        local(GroupCalendar.regularStart(schedule, change.date(), calendarZone))));
                events.add(moved);
            }
        }
        return events;
    }

    /**
     * The meeting's local time, given to ical4j as text with the zone's TZID: given a zoned time instead, ical4j
     * converts the instant by zone rules of its own, and those put São Paulo an hour off in January 2026.
     */
    private static String local(ZonedDateTime time) {
        return time.toLocalDateTime().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
    }

    private static ParameterList inZone(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static VEvent event(CalendarEntry entry, Instant stamp, ZonedDateTime start, Duration length) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(entry.uid()));
        properties.add(new DtStamp(stamp));
        properties.add(new DtStart<>(inZone(start.getZone()), local(start)));
        properties.add(new net.fortuna.ical4j.model.property.Duration(length));
        properties.add(new Summary(GroupCalendar.plainText(entry.summary())));
        if (entry.description() != null) {
            properties.add(new Description(GroupCalendar.plainText(entry.description())));
        }
        if (entry.location() != null) {
            properties.add(new Location(GroupCalendar.plainText(entry.location())));
        }
        if (entry.url() != null) {
            properties.add(new Url(URI.create(entry.url())));
        }
        VEvent event = new VEvent(false);
        event.addAll(properties);
        return event;
    }

    /** Each line folded at 75 octets of UTF-8, between whole characters. */
    private static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder();
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + width > 75) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                int chars = Character.charCount(codePoint);
                folded.append(line, i, i + chars);
                octets += width;
                i += chars;
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
