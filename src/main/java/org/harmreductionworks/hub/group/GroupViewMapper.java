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
        GroupViews.PrivateDetails privateDetails = privileged
                ? new GroupViews.PrivateDetails(group.privateEmail, group.venue, group.address, group.postalCode,
                        group.latitude, group.longitude, group.locationNotes, group.onlineUrl, group.declineReason)
                : null;
        return detail(PublicListing.of(group, changes, null, null), contact(group), group.lastVerified,
                group.revision, now, clock, youHost, privateDetails);
    }

    static GroupViews.Contact contact(MeetingGroup group) {
        return new GroupViews.Contact(group.contactMethod,
                group.contactMethod == ContactMethod.EMAIL ? group.publicEmail : null,
                messagesPath(group.slug));
    }

    static String messagesPath(String slug) {
        return "/api/v1/groups/" + slug + "/messages";
    }

    /**
     * A group's page from its public listing, with every schedule change it has: the same for a reader the directory
     * answers as for one the database does, with the private details added for hosts and stewards.
     */
    static GroupViews.Detail detail(PublicListing listing, GroupViews.Contact contact, LocalDate lastVerified,
            long revision, Instant now, Clock clock, boolean youHost, GroupViews.PrivateDetails privateDetails) {
        Schedule schedule = listing.schedule();
        String timeZone = schedule.zone().getId();
        List<ScheduleChange> changes = listing.changes();
        List<GroupViews.NextMeeting> upcoming = NextMeetingCalculator
                .between(schedule, changes, now, now.plus(java.time.Duration.ofDays(120))).stream()
                .limit(4).map(o -> meeting(timeZone, o)).toList();
        LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
        List<GroupViews.ChangeView> changeViews = changes.stream().filter(c -> !c.date().isBefore(today))
                .map(c -> new GroupViews.ChangeView(c.date(), c.kind(), c.movedToDate(), c.movedToStart())).toList();
        GroupViews.ScheduleView scheduleView = new GroupViews.ScheduleView(schedule.recurrence(),
                schedule.days().stream().map(GroupEnums.Weekday::of)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                schedule.weekOfMonth(), schedule.firstDate(), schedule.start(), schedule.durationMinutes(), timeZone,
                changeViews);
        return new GroupViews.Detail(listing.slug(), listing.name(), listing.description(), listing.format(),
                listing.focus(), listing.focusOther(), listing.attendance(), listing.place(), listing.onlineUrl(),
                listing.onlineLinkOnRequest(), scheduleView, upcoming.isEmpty() ? null : upcoming.get(0), upcoming,
                listing.offerings(), listing.offeringOther(), listing.languages(), listing.accessibilityNotes(),
                contact, listing.status(), lastVerified, stale(lastVerified, clock), listing.example(), revision,
                youHost, privateDetails);
    }
}
