package org.harmreductionworks.hub.group;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.schedule.Recurrence;

/** The directory's rows held in memory in place of the database, for tests of the directory and its searches. */
final class InMemoryRows extends DirectoryRows {

    final Map<Long, MeetingGroup> groups = new LinkedHashMap<>();

    @Override
    void eachListed(Consumer<Row> each) {
        groups.values().forEach(g -> each.accept(new Row(g, List.of())));
    }

    @Override
    Row listed(long id) {
        MeetingGroup group = groups.get(id);
        return group == null ? null : new Row(group, List.of());
    }

    /**
     * A group the directory lists: open, active, in person at an exact place in Town, US, with no position yet, weekly
     * on Mondays at 18:00 New York time. Each test sets what it is about on top.
     */
    static MeetingGroup listedGroup(long id) {
        MeetingGroup g = new MeetingGroup();
        g.id = id;
        g.slug = "g" + id;
        g.locality = "Group " + id;
        g.format = MeetingType.OPEN;
        g.focus = ",";
        g.attendance = Attendance.IN_PERSON;
        g.city = "Town";
        g.country = "US";
        g.locationVisibility = LocationVisibility.EXACT;
        g.onlineVisibility = LinkVisibility.ON_REQUEST;
        g.recurrence = Recurrence.WEEKLY;
        g.days = ",MONDAY,";
        g.startTime = LocalTime.of(18, 0);
        g.durationMinutes = 60;
        g.timeZone = "America/New_York";
        g.offerings = ",";
        g.languages = ",en,";
        g.contactMethod = ContactMethod.FORM;
        g.status = Status.ACTIVE;
        g.lastVerified = LocalDate.of(2026, 1, 1);
        g.updatedAt = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        return g;
    }
}
