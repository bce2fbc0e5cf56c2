package org.harmreductionworks.hub.group;

import org.harmreductionworks.hub.common.DelimitedList;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.ContactMethod;
import org.harmreductionworks.hub.group.GroupEnums.Focus;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.GroupEnums.Offering;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.harmreductionworks.hub.group.schedule.Recurrence;

import io.quarkus.runtime.StartupEvent;

/**
 * Example listings for the local demo (hrw.sample-content=true): plausible groups across several states and time
 * zones, each named and flagged as an example and hosted by the demo host. Production starts with none.
 */
@ApplicationScoped
public class SampleGroups {

    /** The demo realm's host account (deploy/keycloak/demo). */
    static final String DEMO_HOST_SUBJECT = "00000000-0000-4000-8000-000000000002";

    private record Sample(String town, String region, double lat, double lon, String zone, MeetingType format,
            Attendance attendance, LocationVisibility visibility, Recurrence recurrence, DayOfWeek day,
            Integer weekOfMonth, LocalTime start, int minutes, Set<Focus> focus, Set<Offering> offerings,
            String languages) {
    }

    private static final LocalTime SIX_PM = LocalTime.of(18, 0);
    private static final LocalTime SEVEN_PM = LocalTime.of(19, 0);
    private static final LocalTime NOON = LocalTime.NOON;

    private static final List<Sample> SAMPLES = List.of(
            s("Northampton", "MA", 42.3251, -72.6412, "America/New_York", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.MONDAY, SEVEN_PM, Set.of(Offering.FOOD, Offering.NALOXONE)),
            s("Greenfield", "MA", 42.5876, -72.5995, "America/New_York", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.WEDNESDAY, SIX_PM, Set.of(Offering.SUPPLIES, Offering.NALOXONE)),
            s("Holyoke", "MA", 42.2043, -72.6162, "America/New_York", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.THURSDAY, NOON, Set.of(Offering.WOUND_CARE, Offering.SUPPLIES)),
            s("Springfield", "MA", 42.1015, -72.5898, "America/New_York", MeetingType.OPEN, Recurrence.EVERY_OTHER_WEEK, DayOfWeek.TUESDAY, SEVEN_PM, Set.of(Offering.FOOD)),
            s("Amherst", "MA", 42.3732, -72.5199, "America/New_York", MeetingType.OPEN, Recurrence.MONTHLY, DayOfWeek.SUNDAY, LocalTime.of(16, 0), Set.of()),
            s("Pittsfield", "MA", 42.4501, -73.2454, "America/New_York", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.FRIDAY, LocalTime.of(17, 30), Set.of(Offering.NALOXONE)),
            s("Worcester", "MA", 42.2626, -71.8023, "America/New_York", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.TUESDAY, LocalTime.of(18, 30), Set.of(Offering.FOOD, Offering.SUPPLIES)),
            s("Boston", "MA", 42.3601, -71.0589, "America/New_York", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.SATURDAY, LocalTime.of(10, 0), Set.of(Offering.WOUND_CARE, Offering.NALOXONE)),
            s("Brattleboro", "VT", 42.8509, -72.5579, "America/New_York", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.THURSDAY, SIX_PM, Set.of(Offering.FOOD)),
            s("Burlington", "VT", 44.4759, -73.2121, "America/New_York", MeetingType.FOCUSED, Recurrence.MONTHLY, DayOfWeek.MONDAY, SEVEN_PM, Set.of(Offering.SUPPLIES)),
            s("Albany", "NY", 42.6526, -73.7562, "America/New_York", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.WEDNESDAY, LocalTime.of(17, 30), Set.of(Offering.NALOXONE)),
            s("Ithaca", "NY", 42.4440, -76.5019, "America/New_York", MeetingType.OPEN, Recurrence.EVERY_OTHER_WEEK, DayOfWeek.SUNDAY, LocalTime.of(15, 0), Set.of(Offering.FOOD)),
            s("Brooklyn", "NY", 40.6782, -73.9442, "America/New_York", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.MONDAY, LocalTime.of(18, 30), Set.of(Offering.SUPPLIES, Offering.WOUND_CARE, Offering.NALOXONE)),
            s("Philadelphia", "PA", 39.9526, -75.1652, "America/New_York", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.TUESDAY, NOON, Set.of(Offering.FOOD, Offering.WOUND_CARE, Offering.NALOXONE)),
            s("Pittsburgh", "PA", 40.4406, -79.9959, "America/New_York", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.THURSDAY, SEVEN_PM, Set.of()),
            s("Asheville", "NC", 35.5951, -82.5515, "America/New_York", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.MONDAY, SIX_PM, Set.of(Offering.FOOD)),
            s("Durham", "NC", 35.9940, -78.8986, "America/New_York", MeetingType.FOCUSED, Recurrence.MONTHLY, DayOfWeek.SATURDAY, LocalTime.of(11, 0), Set.of(Offering.NALOXONE)),
            s("Columbus", "OH", 39.9612, -82.9988, "America/New_York", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.WEDNESDAY, SEVEN_PM, Set.of(Offering.SUPPLIES)),
            s("Detroit", "MI", 42.3314, -83.0458, "America/Detroit", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.FRIDAY, SIX_PM, Set.of(Offering.FOOD, Offering.NALOXONE)),
            s("Chicago", "IL", 41.8781, -87.6298, "America/Chicago", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.TUESDAY, LocalTime.of(18, 30), Set.of(Offering.SUPPLIES, Offering.NALOXONE)),
            s("Minneapolis", "MN", 44.9778, -93.2650, "America/Chicago", MeetingType.OPEN, Recurrence.EVERY_OTHER_WEEK, DayOfWeek.THURSDAY, SEVEN_PM, Set.of(Offering.FOOD)),
            s("Denver", "CO", 39.7392, -104.9903, "America/Denver", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.MONDAY, LocalTime.of(17, 30), Set.of(Offering.NALOXONE)),
            s("Albuquerque", "NM", 35.0844, -106.6504, "America/Denver", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.WEDNESDAY, NOON, Set.of(Offering.WOUND_CARE)),
            s("Phoenix", "AZ", 33.4484, -112.0740, "America/Phoenix", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.SATURDAY, LocalTime.of(9, 30), Set.of(Offering.SUPPLIES, Offering.NALOXONE)),
            s("Seattle", "WA", 47.6062, -122.3321, "America/Los_Angeles", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.THURSDAY, LocalTime.of(18, 30), Set.of(Offering.FOOD, Offering.WOUND_CARE)),
            s("Portland", "OR", 45.5152, -122.6784, "America/Los_Angeles", MeetingType.OPEN, Recurrence.WEEKLY, DayOfWeek.TUESDAY, SEVEN_PM, Set.of(Offering.NALOXONE)),
            s("Oakland", "CA", 37.8044, -122.2712, "America/Los_Angeles", MeetingType.FOCUSED, Recurrence.WEEKLY, DayOfWeek.MONDAY, NOON, Set.of(Offering.SUPPLIES)),
            s("Los Angeles", "CA", 34.0522, -118.2437, "America/Los_Angeles", MeetingType.OPEN, Recurrence.MONTHLY, DayOfWeek.FRIDAY, SEVEN_PM, Set.of(Offering.FOOD)),
            new Sample("Anchorage", "AK", 61.2181, -149.9003, "America/Anchorage", MeetingType.OPEN, Attendance.HYBRID,
                    LocationVisibility.APPROXIMATE, Recurrence.WEEKLY, DayOfWeek.SUNDAY, null, LocalTime.of(14, 0), 75,
                    Set.of(), Set.of(), ",en,"),
            new Sample("Online, Spanish-speaking", null, 0, 0, "America/Chicago", MeetingType.OPEN, Attendance.ONLINE,
                    LocationVisibility.ON_REQUEST, Recurrence.WEEKLY, DayOfWeek.WEDNESDAY, null, LocalTime.of(20, 0), 60,
                    Set.of(Focus.FAMILIES_AND_LOVED_ONES), Set.of(), ",es,"));

    /**
     * A ZIP code in each town's centre, as a host would type it: a street address without one looks unfinished, and
     * the feeds publish it with the street (only where the group shares its exact location).
     */
    private static final Map<String, String> ZIP_CODES = Map.ofEntries(
            Map.entry("Northampton", "01060"), Map.entry("Greenfield", "01301"), Map.entry("Holyoke", "01040"),
            Map.entry("Springfield", "01103"), Map.entry("Amherst", "01002"), Map.entry("Pittsfield", "01201"),
            Map.entry("Worcester", "01608"), Map.entry("Boston", "02108"), Map.entry("Brattleboro", "05301"),
            Map.entry("Burlington", "05401"), Map.entry("Albany", "12207"), Map.entry("Ithaca", "14850"),
            Map.entry("Brooklyn", "11201"), Map.entry("Philadelphia", "19107"), Map.entry("Pittsburgh", "15222"),
            Map.entry("Asheville", "28801"), Map.entry("Durham", "27701"), Map.entry("Columbus", "43215"),
            Map.entry("Detroit", "48226"), Map.entry("Chicago", "60602"), Map.entry("Minneapolis", "55401"),
            Map.entry("Denver", "80202"), Map.entry("Albuquerque", "87102"), Map.entry("Phoenix", "85004"),
            Map.entry("Seattle", "98101"), Map.entry("Portland", "97204"), Map.entry("Oakland", "94612"),
            Map.entry("Los Angeles", "90012"), Map.entry("Anchorage", "99501"));

    @Inject
    Clock clock;

    @Inject
    HubConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.sampleContent()) {
            addUnlessPresent();
        }
    }

    @Transactional
    void addUnlessPresent() {
        // SQL, not HQL, as in ScriptService.latestPublishedNumber: no query parser to load before the app is ready.
        if (((Number) MeetingGroup.getEntityManager()
                .createNativeQuery("select count(*) from hrw_group where example = true").getSingleResult())
                .longValue() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        int index = 0;
        for (Sample sample : SAMPLES) {
            MeetingGroup group = group(sample, index++, now);
            group.persist();
            GroupHost host = new GroupHost();
            host.key = new GroupHost.Key(group.id, DEMO_HOST_SUBJECT);
            host.since = now;
            host.persist();
        }
    }

    /** The sample listing at {@code index}: what the demo's first start writes. */
    MeetingGroup group(int index, OffsetDateTime now) {
        return group(SAMPLES.get(index), index, now);
    }

    private MeetingGroup group(Sample s, int index, OffsetDateTime now) {
        MeetingGroup g = new MeetingGroup();
        g.locality = s.town() + " (example)";
        g.slug = GroupNames.slugFor(s.town()) + "-example";
        g.description = "An example listing for trying the hub. It is not a real group and nobody meets here.";
        g.format = s.format();
        g.focus = DelimitedList.of(s.focus());
        g.attendance = s.attendance();
        boolean inPerson = s.attendance() != Attendance.ONLINE;
        g.venue = inPerson ? "Community room (example)" : null;
        g.address = inPerson ? (100 + index) + " Example Street" : null;
        g.city = inPerson ? s.town() : null;
        g.postalCode = inPerson ? ZIP_CODES.get(s.town()) : null;
        g.region = s.region();
        g.country = "US";
        g.latitude = inPerson ? s.lat() : null;
        g.longitude = inPerson ? s.lon() : null;
        g.locationVisibility = s.visibility();
        g.onlineUrl = s.attendance() == Attendance.IN_PERSON ? null : "https://meet.example.org/hrw-example-" + index;
        g.onlineVisibility = LinkVisibility.ON_REQUEST;
        g.recurrence = s.recurrence();
        g.days = DelimitedList.of(Set.of(s.day()));
        g.weekOfMonth = s.recurrence() == Recurrence.MONTHLY ? (s.weekOfMonth() != null ? s.weekOfMonth() : 1 + index % 4)
                : null;
        g.firstDate = s.recurrence() == Recurrence.EVERY_OTHER_WEEK
                ? LocalDate.of(2026, 1, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(s.day())) : null;
        g.startTime = s.start();
        g.durationMinutes = s.minutes();
        g.timeZone = s.zone();
        g.offerings = DelimitedList.of(s.offerings());
        g.languages = s.languages();
        g.contactMethod = ContactMethod.FORM;
        g.privateEmail = "hosts+" + g.slug + "@example.org";
        g.status = Status.ACTIVE;
        g.example = true;
        // A few listings were last confirmed long ago, so the demo shows what a stale listing looks like. The date is
        // the group's own, as when hosts confirm: the server's would be tomorrow for an American group each evening.
        g.lastVerified = LocalDate.now(clock.withZone(ZoneId.of(s.zone()))).minusMonths(index % 10 == 9 ? 8 : index % 3);
        g.createdAt = now;
        g.updatedAt = now;
        return g;
    }

    private static Sample s(String town, String region, double lat, double lon, String zone, MeetingType format,
            Recurrence recurrence, DayOfWeek day, LocalTime start, Set<Offering> offerings) {
        LocationVisibility visibility = town.length() % 3 == 0 ? LocationVisibility.APPROXIMATE
                : LocationVisibility.EXACT;
        return new Sample(town, region, lat, lon, zone, format, Attendance.IN_PERSON, visibility, recurrence, day, null,
                start, 90, Set.of(), offerings, ",en,");
    }
}
