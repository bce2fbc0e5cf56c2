package org.harmreductionworks.hub.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The directory in other tools' formats: Meeting Guide JSON, GeoJSON and one iCalendar of many groups. The groups
 * sit in the South Pacific, far from every other test's groups, so searches around them find only them.
 */
@QuarkusTest
class GroupFeedsTest {

    private static final double LAT = -33.0;
    private static final double LON = -140.0;

    private static String exact;
    private static String approximate;
    private static String onRequest;
    private static String monthly;
    private static String online;
    private static String paused;

    /** Once for the class; REST Assured only knows the app's port once a test runs. */
    @BeforeEach
    void listGroups() {
        if (exact != null) {
            return;
        }
        Map<String, Object> twoDays = GroupTesting.listing("Feedville Exact", LAT, LON);
        GroupTesting.schedule(twoDays).put("days", List.of("tuesday", "thursday"));
        twoDays.put("focus", List.of("people-of-color", "sex-workers"));
        twoDays.put("offerings", List.of("food", "wound-care", "naloxone", "supplies"));
        twoDays.put("languages", List.of("en", "es", "yi"));
        exact = GroupTesting.registerAndApprove(twoDays);

        Map<String, Object> town = GroupTesting.listing("Feedville Town", LAT + 0.0123, LON + 0.0123);
        town.put("locationVisibility", "approximate");
        town.put("format", "focused");
        approximate = GroupTesting.registerAndApprove(town);

        Map<String, Object> hidden = GroupTesting.listing("Feedville Quiet", LAT + 0.02, LON - 0.02);
        hidden.put("locationVisibility", "on-request");
        onRequest = GroupTesting.registerAndApprove(hidden);

        Map<String, Object> once = GroupTesting.listing("Feedville Monthly", LAT - 0.01, LON);
        GroupTesting.schedule(once)
                .putAll(Map.of("recurrence", "monthly", "days", List.of("wednesday"), "weekOfMonth", 1));
        monthly = GroupTesting.registerAndApprove(once);

        Map<String, Object> web = GroupTesting.listing("Feedville Online", LAT, LON);
        web.put("attendance", "online");
        for (String key : List.of("venue", "address", "postalCode", "latitude", "longitude")) {
            web.remove(key);
        }
        web.put("onlineUrl", "https://meet.example.org/feedville");
        web.put("onlineVisibility", "public");
        GroupTesting.schedule(web).put("timeZone", "America/Los_Angeles");
        online = GroupTesting.registerAndApprove(web);

        paused = GroupTesting.registerAndApprove(GroupTesting.listing("Feedville Resting", LAT + 0.03, LON));
        given().auth().oauth2(TestTokens.host()).contentType(ContentType.JSON).body(Map.of("status", "paused"))
                .when().put("/api/v1/groups/" + paused + "/status").then().statusCode(200);
    }

    private static List<Map<String, Object>> meetingGuide() {
        return given().queryParam("_", "1732700000").when().get("/api/v1/feeds/meeting-guide.json")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath().getList("$");
    }

    private static List<Map<String, Object>> entriesOf(List<Map<String, Object>> feed, String slug) {
        return feed.stream().filter(m -> m.get("url").toString().endsWith("/groups/" + slug)).toList();
    }

    @Test
    void meetingGuideHasOneEntryPerWeekdayWithTimesAndSpecTypes() {
        List<Map<String, Object>> entries = entriesOf(meetingGuide(), exact);
        assertEquals(2, entries.size(), "Tuesday and Thursday");
        Map<String, Object> tuesday = entries.stream().filter(m -> m.get("day").equals(2)).findFirst().orElseThrow();
        assertEquals(exact + "-tue", tuesday.get("slug"));
        assertEquals("Harm Reduction Works-HRW Feedville Exact", tuesday.get("name"));
        assertEquals("Harm Reduction Works-HRW Feedville Exact", tuesday.get("group"));
        assertEquals("19:00", tuesday.get("time"));
        assertEquals("20:30", tuesday.get("end_time"));
        assertEquals("America/New_York", tuesday.get("timezone"));
        assertEquals(List.of("O", "POC", "HRW-SEX-WORKERS", "HRW-FOOD", "HRW-SUPPLIES", "HRW-WOUND-CARE",
                "HRW-NALOXONE", "EN", "S"), tuesday.get("types"));
        assertTrue(tuesday.get("notes").toString().contains("Languages: Yiddish"), "an uncoded language is named");
        assertEquals("in_person", tuesday.get("attendance_option"));
        assertTrue(tuesday.get("updated").toString().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        assertEquals(tuesday.get("url"), tuesday.get("feedback_url"));
        assertTrue(entries.stream().anyMatch(m -> m.get("day").equals(4) && m.get("slug").equals(exact + "-thu")));
    }

    @Test
    void meetingGuideShowsOnlyWhatEachGroupSharesOfItsPlace() {
        List<Map<String, Object>> feed = meetingGuide();
        Map<String, Object> street = entriesOf(feed, exact).get(0);
        assertEquals("12 Main Street", street.get("address"));
        assertEquals("Community Center", street.get("location"));
        assertEquals("no", street.get("approximate"));
        assertEquals(LAT, ((Number) street.get("latitude")).doubleValue(), 1e-9);

        Map<String, Object> town = entriesOf(feed, approximate).get(0);
        assertNull(town.get("address"));
        assertNull(town.get("postal_code"));
        assertEquals("Feedville Town", town.get("city"));
        assertEquals("yes", town.get("approximate"));
        // REST Assured reads JSON numbers as floats.
        assertEquals(-32.99, ((Number) town.get("latitude")).doubleValue(), 1e-5, "rounded to about a kilometre");
        assertEquals(List.of("HRW-FOCUSED", "HRW-FOOD", "HRW-NALOXONE", "EN"), town.get("types"));

        Map<String, Object> quiet = entriesOf(feed, onRequest).get(0);
        assertNull(quiet.get("address"));
        assertNull(quiet.get("latitude"));
        assertNull(quiet.get("longitude"));
        assertEquals("yes", quiet.get("approximate"));
        assertTrue(quiet.get("notes").toString().contains("when you ask"));
        assertFalse(feed.toString().contains("hosts@"), "no private address is ever in the feed");
    }

    @Test
    void meetingGuideMarksOnlinePausedAndMonthlyGroups() {
        List<Map<String, Object>> feed = meetingGuide();
        Map<String, Object> web = entriesOf(feed, online).get(0);
        assertEquals("online", web.get("attendance_option"));
        assertEquals("https://meet.example.org/feedville", web.get("conference_url"));
        assertEquals("America/Los_Angeles", web.get("timezone"));
        assertNull(web.get("latitude"));

        assertEquals("inactive", entriesOf(feed, paused).get(0).get("attendance_option"));

        List<Map<String, Object>> once = entriesOf(feed, monthly);
        assertEquals(1, once.size());
        assertEquals(3, once.get(0).get("day"));
        assertTrue(once.get(0).get("notes").toString().startsWith("Meets once a month, on the first Wednesday"),
                once.get(0).get("notes").toString());
    }

    @Test
    void meetingGuideSlugsAreUniqueUrlSafeAndShort() {
        List<String> slugs = meetingGuide().stream().map(m -> m.get("slug").toString()).toList();
        assertEquals(slugs.size(), Set.copyOf(slugs).size());
        assertTrue(slugs.stream().allMatch(s -> s.length() <= 64 && s.matches("[a-z0-9-]+")), slugs.toString());
    }

    @Test
    void everyTypeInTheFeedIsExplainedOnce() {
        JsonPath legend = given().when().get("/api/v1/feeds/meeting-guide-types.json").then().statusCode(200)
                .extract().jsonPath();
        List<String> codes = legend.getList("code");
        assertEquals(codes.size(), Set.copyOf(codes).size());
        Set<Object> used = meetingGuide().stream().flatMap(m -> ((List<?>) m.get("types")).stream())
                .collect(Collectors.toSet());
        assertTrue(codes.containsAll(used), "unexplained: " + used);
        List<Map<String, Object>> ours = legend.getList("findAll { it.origin == 'hrw' }");
        assertTrue(ours.stream().allMatch(c -> c.get("code").toString().startsWith("HRW-")));
        assertEquals("O", legend.getString("find { it.name == 'Open' }.code"));
        assertEquals(Set.of("id", "code", "name", "description", "origin"), legend.getMap("[0]").keySet());
    }

    @Test
    void aGroupIsInEveryFeedAsSoonAsItIsApprovedThoughWrittenFeedsAreKept() {
        // Far from the other Feedville groups, so that the tests which list those see only them.
        double lat = LAT + 1.5;
        String calendar = "/api/v1/feeds/groups.ics?lat=" + lat + "&lon=" + LON + "&radiusKm=20";
        meetingGuide();
        String before = given().urlEncodingEnabled(false).when().get(calendar).then().statusCode(200).extract()
                .asString();

        String fresh = GroupTesting.registerAndApprove(GroupTesting.listing("Farfield Fresh", lat, LON));

        assertEquals(1, entriesOf(meetingGuide(), fresh).size(), "in the Meeting Guide feed at once");
        String after = given().urlEncodingEnabled(false).when().get(calendar).then().statusCode(200).extract()
                .asString();
        assertTrue(!before.contains("Farfield Fresh") && after.contains("Farfield Fresh"), after);
    }

    @Test
    void feedsSendAnETagAndAnswerNotModified() {
        for (String feed : List.of("meeting-guide.json", "meeting-guide-types.json", "groups.geojson",
                "groups.ics", "exercises.atom", "learnings.atom")) {
            String tag = given().when().get("/api/v1/feeds/" + feed).then().statusCode(200).extract().header("ETag");
            assertNotNull(tag, feed);
            given().header("If-None-Match", tag).when().get("/api/v1/feeds/" + feed).then().statusCode(304);
        }
        String tag = given().when().get("/api/v1/groups/" + exact + "/calendar.ics").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", tag).when().get("/api/v1/groups/" + exact + "/calendar.ics")
                .then().statusCode(304);
    }

    @Test
    void geoJsonHasPointsOnlyWherePositionsArePublic() {
        JsonPath geo = given().queryParam("lat", LAT).queryParam("lon", LON).queryParam("radiusKm", 20)
                .when().get("/api/v1/feeds/groups.geojson")
                .then().statusCode(200).contentType(containsString("application/geo+json")).extract().jsonPath();
        assertEquals("FeatureCollection", geo.getString("type"));
        assertEquals(Set.of(exact, approximate, monthly), Set.copyOf(geo.getList("features.id")),
                "on-request, online-only and paused groups have no point");
        assertEquals(List.of(LON, LAT), geo.getList("features.find { it.id == '" + exact + "' }.geometry.coordinates",
                Double.class), "longitude first");
        assertNull(geo.get("features.find { it.id == '" + approximate + "' }.properties.address"));
        assertEquals("approximate",
                geo.getString("features.find { it.id == '" + approximate + "' }.properties.locationVisibility"));
    }

    @Test
    void calendarFeedHoldsEveryMatchingGroupWithItsOwnZone() {
        String ics = given().queryParam("lat", LAT).queryParam("lon", LON).queryParam("radiusKm", 20)
                .when().get("/api/v1/feeds/groups.ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        ICalendar calendar = Biweekly.parse(ics).first();
        Set<String> uids = calendar.getEvents().stream().map(VEvent::getUid).map(u -> u.getValue())
                .collect(Collectors.toSet());
        // Online groups are not near anywhere: a nearby calendar holds the groups that meet in person.
        assertEquals(Set.of(exact + "@groups.harm-reduction-works-hrw", approximate + "@groups.harm-reduction-works-hrw",
                onRequest + "@groups.harm-reduction-works-hrw", monthly + "@groups.harm-reduction-works-hrw"), uids);
        String everyGroup = given().when().get("/api/v1/feeds/groups.ics").then().statusCode(200).extract().asString();
        assertTrue(everyGroup.contains("TZID:America/New_York") && everyGroup.contains("TZID:America/Los_Angeles"));
        assertEquals(1, everyGroup.split("TZID:America/New_York\r\n", -1).length - 1, "each zone is defined once");
        assertTrue(ics.contains("X-WR-CALNAME:Harm Reduction Works-HRW meetings"));
        assertTrue(ics.contains("RRULE:FREQ=MONTHLY;BYDAY=1WE"), ics);

        String focused = given().queryParam("lat", LAT).queryParam("lon", LON).queryParam("format", "focused")
                .when().get("/api/v1/feeds/groups.ics").then().statusCode(200).extract().asString();
        assertEquals(1, Biweekly.parse(focused).first().getEvents().size(), "filtered like the search");
    }

    @Test
    void feedFiltersAreCheckedLikeTheSearch() {
        given().queryParam("lat", 95).queryParam("lon", 0).when().get("/api/v1/feeds/groups.ics")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("lat"));
        given().queryParam("format", "secret").when().get("/api/v1/feeds/groups.geojson")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("format"));
        given().queryParam("lat", 10).when().get("/api/v1/feeds/groups.geojson")
                .then().statusCode(400).body("violations[0].field", equalTo("lon"));
    }
}
