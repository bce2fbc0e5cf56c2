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
import org.harmreductionworks.hub.testing.AppUnderTest;
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

    @jakarta.inject.Inject
    org.harmreductionworks.hub.group.GroupFinder finder;

    @jakarta.inject.Inject
    FeedJson json;

    private static final double LAT = -33.0;
    private static final double LON = -140.0;

    private static String exact;
    private static String approximate;
    private static String onRequest;
    private static String monthly;
    private static String online;
    private static String paused;
    private static String fortnightly;
    private static String hybridOnRequest;
    private static String onlineOnRequest;

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
        web.put("onlineUrl", "https://meet.google.com/hrw-feed-vil");
        web.put("onlineVisibility", "public");
        GroupTesting.schedule(web).put("timeZone", "America/Los_Angeles");
        online = GroupTesting.registerAndApprove(web);

        // Far from the Feedville groups the place-based feeds are asked about (more than their 20 km radius).
        Map<String, Object> fortnight = GroupTesting.listing("Feedville Fortnight", LAT + 2.5, LON);
        GroupTesting.schedule(fortnight).putAll(Map.of("recurrence", "every-other-week", "days", List.of("friday"),
                "firstDate", "2026-01-02"));
        fortnightly = GroupTesting.registerAndApprove(fortnight);

        Map<String, Object> both = GroupTesting.listing("Feedville Both", LAT + 2.6, LON);
        both.putAll(Map.of("attendance", "hybrid", "locationVisibility", "approximate",
                "onlineUrl", "https://meet.example.org/feedville-both-secret", "onlineVisibility", "on-request"));
        hybridOnRequest = GroupTesting.registerAndApprove(both);

        Map<String, Object> asked = GroupTesting.listing("Feedville Ask Online", LAT, LON);
        asked.put("attendance", "online");
        for (String key : List.of("venue", "address", "postalCode", "latitude", "longitude")) {
            asked.remove(key);
        }
        asked.putAll(Map.of("onlineUrl", "https://zoom.us/j/555000111", "onlineVisibility", "on-request"));
        onlineOnRequest = GroupTesting.registerAndApprove(asked);

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

        assertEquals("01060", street.get("postal_code"));
        assertEquals("12 Main Street, Feedville Exact, MA 01060, US", street.get("formatted_address"));

        // A town-level group is in person at its town, for TSML UI not approximate, with no pin to take for a door.
        Map<String, Object> town = entriesOf(feed, approximate).get(0);
        assertNull(town.get("address"));
        assertNull(town.get("postal_code"));
        assertEquals("Feedville Town", town.get("city"));
        assertEquals("Feedville Town, MA, US", town.get("formatted_address"));
        assertEquals("no", town.get("approximate"));
        assertNull(town.get("latitude"));
        assertEquals(MeetingGuideFeed.PLACE_ON_REQUEST, town.get("location"));
        assertTrue(town.get("location_notes").toString().endsWith("/groups/" + approximate));
        assertEquals(List.of("HRW-FOCUSED", "HRW-FOOD", "HRW-NALOXONE", "EN"), town.get("types"));

        Map<String, Object> quiet = entriesOf(feed, onRequest).get(0);
        assertNull(quiet.get("address"));
        assertNull(quiet.get("latitude"));
        assertNull(quiet.get("longitude"));
        assertEquals("no", quiet.get("approximate"));
        assertTrue(quiet.get("notes").toString().contains("when you ask"));
        assertFalse(feed.toString().contains("hosts@"), "no private address is ever in the feed");
    }

    @Test
    void meetingGuideMarksOnlinePausedAndMonthlyGroups() {
        List<Map<String, Object>> feed = meetingGuide();
        Map<String, Object> web = entriesOf(feed, online).get(0);
        assertEquals("online", web.get("attendance_option"));
        assertEquals("https://meet.google.com/hrw-feed-vil", web.get("conference_url"));
        assertEquals("America/Los_Angeles", web.get("timezone"));
        assertNull(web.get("latitude"));
        assertEquals("Online", web.get("formatted_address"), "TSML UI leaves out an entry with no address at all");
        assertEquals("yes", web.get("approximate"));

        Map<String, Object> resting = entriesOf(feed, paused).get(0);
        assertEquals("inactive", resting.get("attendance_option"));
        assertTrue(((List<?>) resting.get("types")).contains("TC"), "TSML UI reads TC, not attendance_option");

        // Weekly-only: no day or time, so apps treat it as by appointment and offer no calendar date.
        List<Map<String, Object>> once = entriesOf(feed, monthly);
        assertEquals(1, once.size());
        assertFalse(once.get(0).containsKey("day"));
        assertFalse(once.get(0).containsKey("time"));
        assertFalse(once.get(0).containsKey("end_time"));
        String notes = once.get(0).get("notes").toString();
        assertTrue(notes.startsWith("Meets once a month, on the first Wednesday, 19:00 to 20:30 (America/New_York), "
                + "not weekly. Next: Wednesday "), notes);
        assertTrue(notes.contains("Its page lists every date: " + once.get(0).get("url")), notes);
        assertTrue(entriesOf(feed, fortnightly).get(0).get("notes").toString()
                .startsWith("Meets every other week, on Friday, 19:00 to 20:30"));
    }

    @Test
    void aLinkSharedOnRequestIsAskedForOnTheGroupsPage() {
        List<Map<String, Object>> feed = meetingGuide();
        for (String slug : List.of(hybridOnRequest, onlineOnRequest)) {
            Map<String, Object> entry = entriesOf(feed, slug).get(0);
            assertEquals(entry.get("url"), entry.get("conference_url"), slug);
            assertTrue(entry.get("conference_url_notes").toString().contains("when you ask"), slug);
        }
        assertFalse(feed.toString().contains("feedville-both-secret") || feed.toString().contains("555000111"));
    }

    @Test
    void tsmlUiShowsEveryActiveGroupActiveInItsKindAndTownWithSafeCalendarsAndNoLeaks() {
        Map<String, TsmlUiExpectations.Stored> ours = TsmlUiExpectations.storedGroups().entrySet().stream()
                .filter(e -> Set.of(exact, approximate, onRequest, monthly, online, paused, fortnightly,
                        hybridOnRequest, onlineOnRequest).contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(9, ours.size());
        TsmlUiExpectations.Outcome outcome = TsmlUiExpectations.check(meetingGuide(), ours,
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC));
        List<TsmlUiReading.Meeting> resting = outcome.withHubHost().stream()
                .filter(m -> m.slug().startsWith(paused)).toList();
        assertEquals(1, resting.size());
        assertFalse(resting.get(0).active(), "a paused group is Inactive in TSML UI");
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
    void aFeedGoesCompressedAsKeptToReadersThatAcceptGzipAndAsTextToTheOthers() throws java.io.IOException {
        var asSent = io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        for (String feed : List.of("meeting-guide.json", "groups.geojson", "groups.ics")) {
            var text = given().config(asSent).header("Accept-Encoding", "identity")
                    .when().get("/api/v1/feeds/" + feed).then().statusCode(200).extract().response();
            var gzipped = given().config(asSent).header("Accept-Encoding", "br;q=1, gzip;q=0.5")
                    .when().get("/api/v1/feeds/" + feed).then().statusCode(200)
                    .header("Content-Encoding", "gzip").header("Vary", containsString("Accept-Encoding"))
                    .extract().response();
            assertNull(text.header("Content-Encoding"), feed);
            byte[] unzipped = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(gzipped.asByteArray())).readAllBytes();
            assertEquals(text.asString(), new String(unzipped, java.nio.charset.StandardCharsets.UTF_8), feed);
            assertEquals(text.header("ETag"), gzipped.header("ETag"), "one text, one tag: " + feed);
            assertEquals(String.valueOf(gzipped.asByteArray().length), gzipped.header("Content-Length"),
                    "sent in slices, still with its length: " + feed);
        }
    }

    @Test
    void theMeetingGuideFeedWrittenMeetingByMeetingIsTheTextOfTheWholeListAtOnce() {
        String served = given().header("Accept-Encoding", "identity").when().get("/api/v1/feeds/meeting-guide.json")
                .then().statusCode(200).extract().asString();
        var everything = new org.harmreductionworks.hub.group.GroupSearchCriteria();
        everything.sort = org.harmreductionworks.hub.group.GroupSearchCriteria.Order.NAME;
        // How the feed was written before: the list of every meeting, then its text.
        String whole = json.write(MeetingGuideFeed.stream(finder.listings(everything, true),
                AppUnderTest.origin()).toList());
        assertTrue(served.length() > 1000, served);
        assertEquals(whole, served);
    }

    @Test
    void theGeoJsonWrittenFeatureByFeatureIsTheTextOfTheWholeCollectionAtOnce() {
        String served = given().header("Accept-Encoding", "identity").when().get("/api/v1/feeds/groups.geojson")
                .then().statusCode(200).extract().asString();
        String origin = AppUnderTest.origin();
        // How the feed was written before: the collection of every feature, then its text.
        String whole = json.write(new GroupsGeoJson.FeatureCollection("FeatureCollection",
                finder.listings(new org.harmreductionworks.hub.group.GroupSearchCriteria(), false).stream()
                        .filter(GroupsGeoJson::hasPoint).map(listing -> GroupsGeoJson.feature(listing, origin))
                        .toList()));
        assertTrue(served.length() > 1000, served);
        assertEquals(whole, served);
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
