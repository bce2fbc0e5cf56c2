package org.harmreductionworks.hub.group;

import org.harmreductionworks.hub.common.DelimitedList;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.schedule.NextMeetingCalculator;
import org.harmreductionworks.hub.group.schedule.Occurrence;
import org.harmreductionworks.hub.group.schedule.Schedule;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;

/** Turns listings into what each kind of reader may see. */
final class GroupViewMapper {

    /** Listings not confirmed for this long are marked stale in results. */
    static final int STALE_AFTER_MONTHS = 6;

    private GroupViewMapper() {
    }

    static Schedule schedule(MeetingGroup group) {
        return new Schedule(group.recurrence, DelimitedList.enums(group.days, DayOfWeek.class), group.weekOfMonth,
                group.firstDate, group.startTime, group.durationMinutes, ZoneId.of(group.timeZone));
    }

    static Optional<GroupViews.NextMeeting> nextMeeting(MeetingGroup group, List<ScheduleChange> changes,
            Instant now) {
        return NextMeetingCalculator.next(schedule(group), changes, now).map(o -> meeting(group, o));
    }

    static GroupViews.NextMeeting meeting(MeetingGroup group, Occurrence occurrence) {
        return meeting(group.timeZone, occurrence);
    }

    static GroupViews.NextMeeting meeting(String timeZone, Occurrence occurrence) {
        return new GroupViews.NextMeeting(occurrence.startInstant(), occurrence.localStart(), timeZone,
                (int) java.time.Duration.between(occurrence.start(), occurrence.end()).toMinutes(),
                occurrence.moved());
    }

    static boolean stale(MeetingGroup group, Clock clock) {
        return stale(group.lastVerified, clock);
    }

    static boolean stale(LocalDate lastVerified, Clock clock) {
        return lastVerified.isBefore(LocalDate.now(clock).minusMonths(STALE_AFTER_MONTHS));
    }

    static GroupViews.Place place(MeetingGroup group) {
        if (group.attendance == Attendance.ONLINE) {
            return null;
        }
        PublicPosition position = PublicPosition.of(group);
        boolean exact = group.locationVisibility == LocationVisibility.EXACT;
        boolean coordinates = position != null && PublicPosition.published(group.locationVisibility);
        return new GroupViews.Place(exact ? group.venue : null, exact ? group.address : null, group.city, group.region,
                exact ? group.postalCode : null, group.country, coordinates ? position.latitude() : null,
                coordinates ? position.longitude() : null, group.locationVisibility,
                exact ? group.locationNotes : null);
    }

    static GroupViews.Detail detail(MeetingGroup group, List<ScheduleChange> changes, Instant now, Clock clock,
            boolean youHost, boolean privileged) {
        Schedule schedule = schedule(group);
        List<GroupViews.NextMeeting> upcoming = NextMeetingCalculator
                .between(schedule, changes, now, now.plus(java.time.Duration.ofDays(120))).stream()
                .limit(4).map(o -> meeting(group, o)).toList();
        LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
        List<GroupViews.ChangeView> changeViews = changes.stream().filter(c -> !c.date().isBefore(today))
                .map(c -> new GroupViews.ChangeView(c.date(), c.kind(), c.movedToDate(), c.movedToStart())).toList();
        GroupViews.ScheduleView scheduleView = new GroupViews.ScheduleView(group.recurrence,
                schedule.days().stream().map(GroupEnums.Weekday::of)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                group.weekOfMonth, group.firstDate, group.startTime, group.durationMinutes, group.timeZone,
                changeViews);
        boolean linkPublic = group.onlineVisibility == LinkVisibility.PUBLIC;
        GroupViews.Contact contact = new GroupViews.Contact(group.contactMethod,
                group.contactMethod == ContactMethod.EMAIL ? group.publicEmail : null,
                "/api/v1/groups/" + group.slug + "/messages");
        GroupViews.PrivateDetails privateDetails = privileged
                ? new GroupViews.PrivateDetails(group.privateEmail, group.venue, group.address, group.postalCode,
                        group.latitude, group.longitude, group.locationNotes, group.onlineUrl, group.declineReason)
                : null;
        return new GroupViews.Detail(group.slug, group.publicName(), group.description, group.format,
                DelimitedList.enums(group.focus, Focus.class), group.focusOther, group.attendance, place(group),
                linkPublic ? group.onlineUrl : null, group.onlineUrl != null && !linkPublic, scheduleView,
                upcoming.isEmpty() ? null : upcoming.get(0), upcoming,
                DelimitedList.enums(group.offerings, Offering.class), group.offeringOther,
                DelimitedList.strings(group.languages), group.accessibilityNotes, contact, group.status,
                group.lastVerified, stale(group, clock), group.example, group.revision, youHost, privateDetails);
    }
}
