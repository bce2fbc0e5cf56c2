package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.harmreductionworks.hub.common.DelimitedList;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.MeetingGroup;
import org.harmreductionworks.hub.group.schedule.Recurrence;
import org.harmreductionworks.hub.group.schedule.Schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What must hold when TSML UI ({@link TsmlUiReading}) reads our Meeting Guide feed, checked against what the hub
 * stores for each group, private parts included: every active group is kept, active, in the right kind of attendance
 * and region; nothing a group keeps private is in its entries; and no Add to Calendar button can give a date on which
 * the group does not meet.
 */
final class TsmlUiExpectations {

    /** How many days of "now" the calendar check tries: every weekday, over several weeks and months. */
    private static final int CALENDAR_DAYS_TRIED = 70;

    private TsmlUiExpectations() {
    }

    /** A group as stored, read for the checks. */
    record Stored(String slug, Attendance attendance, LocationVisibility visibility, LinkVisibility linkVisibility,
            Status status, String city, String venue, String address, String postalCode, Double latitude,
            Double longitude, String locationNotes, String onlineUrl, String privateEmail, Schedule schedule) {

        static Stored of(MeetingGroup g) {
            return new Stored(g.slug, g.attendance, g.locationVisibility, g.onlineVisibility, g.status, g.city,
                    g.venue, g.address, g.postalCode, g.latitude, g.longitude, g.locationNotes, g.onlineUrl,
                    g.privateEmail, new Schedule(g.recurrence, DelimitedList.enums(g.days, DayOfWeek.class),
                            g.weekOfMonth, g.firstDate, g.startTime, g.durationMinutes, ZoneId.of(g.timeZone)));
        }
    }

    /** Every stored group by slug. */
    static Map<String, Stored> storedGroups() {
        return QuarkusTransaction.requiringNew().call(() -> bySlug(MeetingGroup.listAll()));
    }

    /** The demo's example groups by slug. */
    static Map<String, Stored> storedExampleGroups() {
        return QuarkusTransaction.requiringNew().call(() -> bySlug(MeetingGroup.list("example", true)));
    }

    private static Map<String, Stored> bySlug(List<MeetingGroup> groups) {
        return groups.stream().map(Stored::of).collect(Collectors.toMap(Stored::slug, Function.identity()));
    }

    /** What TSML UI made of the feed, with and without the hub's host among its conference providers. */
    record Outcome(List<TsmlUiReading.Meeting> withHubHost, List<TsmlUiReading.Meeting> byDefault) {

        long activeWithHubHost() {
            return withHubHost.stream().filter(m -> m.kept() && m.active()).count();
        }

        long activeByDefault() {
            return byDefault.stream().filter(m -> m.kept() && m.active()).count();
        }
    }

    /**
     * Checks the entries of {@code feed} that belong to {@code groups} (other entries are still read, as TSML UI reads
     * the whole feed). {@code now} is the first moment the calendar check presses Add to Calendar.
     */
    static Outcome check(List<Map<String, Object>> feed, Map<String, Stored> groups, ZonedDateTime now) {
        String hubHost = URI.create(feed.get(0).get("url").toString()).getRawAuthority();
        List<TsmlUiReading.Meeting> configured = TsmlUiReading.read(feed, TsmlUiReading.providersWith(hubHost));
        List<TsmlUiReading.Meeting> plain = TsmlUiReading.read(feed, TsmlUiReading.DEFAULT_PROVIDER_DOMAINS);
        Set<String> regionOptions = TsmlUiReading.regionOptions(configured);
        Map<String, Integer> checked = new HashMap<>();
        for (int i = 0; i < feed.size(); i++) {
            Map<String, Object> entry = feed.get(i);
            String url = entry.get("url").toString();
            Stored group = groups.get(url.substring(url.lastIndexOf('/') + 1));
            if (group == null) {
                continue;
            }
            checked.merge(group.slug(), 1, Integer::sum);
            String where = group.slug() + " (" + entry.get("slug") + ")";
            TsmlUiReading.Meeting seen = configured.get(i);
            TsmlUiReading.Meeting seenByDefault = plain.get(i);
            if (group.status() == Status.ACTIVE) {
                assertNull(seen.dropped(), where + " is kept");
                assertTrue(seen.active(), where + " is active, not Inactive");
                assertEquals(group.attendance().meetsInPerson(), seen.inPerson(), where + " in person");
                assertEquals(group.attendance() != Attendance.IN_PERSON, seen.online(), where + " online");
                if (group.attendance().meetsInPerson()) {
                    assertEquals(List.of(group.city()), seen.regions(), where + " is filed under its town");
                    assertTrue(regionOptions.contains(group.city()), where + ": its town is in the region filter");
                }
                // Without the hub's host TSML UI ignores a link to a group's page: a group that meets in person is
                // still active; only one that meets only online and shares its link on request is not.
                assertNull(seenByDefault.dropped(), where + " is kept in TSML UI's default setup");
                if (!seenByDefault.active()) {
                    assertEquals(Attendance.ONLINE, group.attendance(), where + " is active by default");
                    assertEquals(LinkVisibility.ON_REQUEST, group.linkVisibility(), where + " is active by default");
                }
            } else {
                assertFalse(seen.kept() && seen.active(), where + " is " + group.status() + ", not shown as active");
            }
            checkCalendar(seen, group, now, where);
            checkPrivacy(entry, group, where);
        }
        assertEquals(groups.keySet(), checked.keySet(), "every group is in the feed");
        return new Outcome(configured, plain);
    }

    /**
     * A group that does not meet every week has no Add to Calendar; one that does gets, whenever it is pressed, a
     * date and time on which it meets.
     */
    private static void checkCalendar(TsmlUiReading.Meeting seen, Stored group, ZonedDateTime now, String where) {
        if (group.schedule().recurrence() != Recurrence.WEEKLY) {
            assertFalse(seen.calendarButton(), where + " meets " + group.schedule().recurrence().apiName()
                    + ": no Add to Calendar");
        }
        if (!seen.calendarButton()) {
            return;
        }
        for (int day = 0; day < CALENDAR_DAYS_TRIED; day++) {
            ZonedDateTime start = seen.calendarStart(now.plusDays(day));
            assertEquals(group.schedule().zone(), start.getZone(), where);
            assertTrue(group.schedule().meetsOn(start.toLocalDate()),
                    where + ": Add to Calendar on " + now.plusDays(day) + " gives " + start);
            assertEquals(group.schedule().start(), start.toLocalTime(), where);
        }
    }

    /** Nothing the group keeps private; the postal code wherever the street is public. */
    private static void checkPrivacy(Map<String, Object> entry, Stored group, String where) {
        String text = entry.toString();
        assertFalse(text.contains(group.privateEmail()), where + " hides the private address");
        if (group.visibility() != LocationVisibility.EXACT && group.attendance().meetsInPerson()) {
            for (String secret : new String[] { group.address(), group.venue(), group.postalCode(),
                    group.locationNotes() }) {
                assertTrue(secret == null || !text.contains(secret), where + " hides " + secret);
            }
            assertNull(entry.get("address"), where);
            assertNull(entry.get("latitude"), where + ": no pin TSML UI would take for the door");
            assertNull(entry.get("longitude"), where);
            assertNull(entry.get("coordinates"), where);
            assertEquals(MeetingGuideFeed.PLACE_ON_REQUEST, entry.get("location"), where);
            assertTrue(entry.get("location_notes").toString().contains("/groups/" + group.slug()), where);
        }
        if (group.visibility() == LocationVisibility.EXACT && group.attendance().meetsInPerson()) {
            assertEquals(group.address(), entry.get("address"), where);
            if (group.postalCode() != null) {
                assertEquals(group.postalCode(), entry.get("postal_code"), where);
                assertTrue(entry.get("formatted_address").toString().contains(group.postalCode()), where);
            }
        }
        if (group.onlineUrl() != null && group.linkVisibility() == LinkVisibility.ON_REQUEST) {
            assertFalse(text.contains(group.onlineUrl()), where + " hides its online link");
            if (group.status() == Status.ACTIVE) {
                assertNotNull(entry.get("conference_url"), where);
                assertTrue(entry.get("conference_url").toString().endsWith("/groups/" + group.slug()),
                        where + ": the link is asked for on the group's page");
            }
        }
    }
}
