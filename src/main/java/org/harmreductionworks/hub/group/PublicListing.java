package org.harmreductionworks.hub.group;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.harmreductionworks.hub.common.DelimitedList;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.common.NonBlank;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.schedule.CalendarEntry;
import org.harmreductionworks.hub.group.schedule.GroupCalendar;
import org.harmreductionworks.hub.group.schedule.Schedule;
import org.harmreductionworks.hub.group.schedule.ScheduleChange;

/**
 * Everything the public may know of a listing, in the shape the feeds and other formats (Meeting Guide, BMLT,
 * GeoJSON, iCalendar) are written from. Like the API's views it never holds a place or link the group keeps private.
 *
 * @param id          the listing's number, stable for its life (BMLT clients key meetings by a number)
 * @param place       null for online-only groups
 * @param onlineUrl   only when the group shares it publicly
 * @param distanceKm  from the searched point, when there was one and the group has a public position
 * @param nextMeeting null when none is due within the calculator's horizon
 */
public record PublicListing(
        long id,
        String slug,
        String name,
        String description,
        MeetingType format,
        Set<Focus> focus,
        String focusOther,
        Attendance attendance,
        GroupViews.Place place,
        String onlineUrl,
        boolean onlineLinkOnRequest,
        Schedule schedule,
        List<ScheduleChange> changes,
        Set<Offering> offerings,
        String offeringOther,
        Set<String> languages,
        String accessibilityNotes,
        Status status,
        OffsetDateTime updatedAt,
        boolean example,
        Double distanceKm,
        GroupViews.NextMeeting nextMeeting) {

    /** Calendar UIDs stay the same in every export, so a subscribed calendar updates meetings instead of adding them. */
    public static String calendarUid(String slug) {
        return slug + "@groups.harm-reduction-works-hrw";
    }

    /** The group's page in the web app, on the install at {@code origin}. */
    public String pageUrl(String origin) {
        return origin + "/groups/" + slug;
    }

    /** The public place in one line, as a calendar or a list shows it; "Online" for online-only groups. */
    public String placeLine() {
        if (place == null) {
            return "Online";
        }
        return NonBlank.joined(", ", place.venue(), place.address(), place.city(), place.region());
    }

    /**
     * This group's meetings for a calendar, linking to its page on the install at {@code origin} and stamped with the
     * listing's last change, so the text changes only when the listing does.
     */
    public GroupCalendar.Series calendarSeries(String origin) {
        return new GroupCalendar.Series(calendarEntry(pageUrl(origin)), schedule, changes, updatedAt.toInstant());
    }

    /** What a calendar shows for this group's meetings. */
    private CalendarEntry calendarEntry(String pageUrl) {
        String about = (description == null ? "" : description + "\n\n")
                + "A " + format.apiName() + " Harm Reduction Works-HRW meeting."
                + (pageUrl == null ? "" : "\n" + pageUrl);
        return new CalendarEntry(calendarUid(slug), name, about, placeLine(), pageUrl);
    }

    static PublicListing of(MeetingGroup group, List<ScheduleChange> changes, Double distanceKm,
            GroupViews.NextMeeting next) {
        boolean linkPublic = group.onlineVisibility == GroupEnums.LinkVisibility.PUBLIC;
        return new PublicListing(group.id, group.slug, group.publicName(), group.description, group.format,
                DelimitedList.enums(group.focus, Focus.class), group.focusOther,
                group.attendance, GroupViewMapper.place(group), linkPublic ? group.onlineUrl : null,
                group.onlineUrl != null && !linkPublic, GroupViewMapper.schedule(group), changes,
                DelimitedList.enums(group.offerings, Offering.class),
                group.offeringOther, DelimitedList.strings(group.languages),
                group.accessibilityNotes, group.status, group.updatedAt, group.example, distanceKm, next);
    }
}
