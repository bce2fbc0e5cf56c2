package org.harmreductionworks.hub.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.harmreductionworks.hub.common.change.ChangeHeard;
import org.harmreductionworks.hub.common.change.Topic;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class GroupResourceTest {

    @jakarta.inject.Inject
    GroupDirectory directory;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<ChangeHeard> heard;

    private static RequestSpecification host() {
        return given().auth().oauth2(TestTokens.host()).contentType(ContentType.JSON);
    }

    private static RequestSpecification steward() {
        return given().auth().oauth2(TestTokens.steward()).contentType(ContentType.JSON);
    }

    private static RequestSpecification newcomer() {
        return given().auth().oauth2(TestTokens.newcomer()).contentType(ContentType.JSON);
    }

    /** A plausible in-person listing at the given point; tests use points far apart so results don't mix. */
    static Map<String, Object> listing(String locality, double lat, double lon) {
        Map<String, Object> schedule = new HashMap<>(Map.of("recurrence", "weekly", "days", List.of("tuesday"),
                "start", "19:00", "durationMinutes", 90, "timeZone", "America/New_York"));
        Map<String, Object> listing = new HashMap<>();
        listing.put("locality", locality);
        listing.put("description", "We meet in the back room; tea and snacks.");
        listing.put("format", "open");
        listing.put("focus", List.of());
        listing.put("attendance", "in-person");
        listing.put("venue", "Community Center");
        listing.put("address", "12 Main Street");
        listing.put("city", locality);
        listing.put("region", "MA");
        listing.put("postalCode", "01060");
        listing.put("country", "US");
        listing.put("latitude", lat);
        listing.put("longitude", lon);
        listing.put("locationVisibility", "exact");
        listing.put("schedule", schedule);
        listing.put("offerings", List.of("food", "naloxone"));
        listing.put("languages", List.of("en"));
        listing.put("contactMethod", "form");
        listing.put("privateEmail", "hosts@" + locality.toLowerCase().replace(' ', '-') + ".example.org");
        return listing;
    }

    static String registerAndApprove(Map<String, Object> listing) {
        String slug = host().body(listing).when().post("/api/v1/groups")
                .then().statusCode(201).extract().path("slug");
        steward().when().post("/api/v1/review/groups/" + slug + "/approval").then().statusCode(200);
        return slug;
    }

    @Test
    void aNewGroupIsPendingHostedByItsRegistrantAndHiddenUntilApproved() {
        Map<String, Object> listing = listing("Pendleton", 10.0, 10.0);
        String slug = host().body(listing).when().post("/api/v1/groups")
                .then().statusCode(201)
                // The group's own API address: the REST root (/api) was once put in front of it twice.
                .header("Location", matchesPattern("https?://[^/]+/api/v1/groups/pendleton"))
                .body("name", equalTo("Harm Reduction Works-HRW Pendleton"))
                .body("status", equalTo("pending"))
                .body("youHost", equalTo(true))
                .body("privateDetails.privateEmail", equalTo("hosts@pendleton.example.org"))
                .extract().path("slug");

        given().when().get("/api/v1/groups/" + slug).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().queryParam("lat", 10.0).queryParam("lon", 10.0)
                .when().get("/api/v1/groups").then().statusCode(200).body("items.slug", not(hasItem(slug)));
        host().when().get("/api/v1/me").then().body("hosts.slug", hasItem(slug))
                .body("hosts.find { it.slug == '" + slug + "' }.timeZone", equalTo("America/New_York"));
        // A steward decides on the whole listing: its words, its schedule and its next meetings, not a bare card.
        String pending = "find { it.slug == '" + slug + "' }";
        steward().when().get("/api/v1/review/groups").then().statusCode(200).body("slug", hasItem(slug))
                .body(pending + ".description", notNullValue())
                .body(pending + ".schedule.recurrence", equalTo("weekly"))
                .body(pending + ".nextMeeting.start", notNullValue())
                .body(pending + ".upcoming", not(empty()));
        host().when().get("/api/v1/review/groups").then().statusCode(403);

        steward().when().post("/api/v1/review/groups/" + slug + "/approval")
                .then().statusCode(200).body("status", equalTo("active"));
        given().when().get("/api/v1/groups/" + slug)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("privateDetails", nullValue())
                .body("youHost", equalTo(false))
                .body(not(containsString("hosts@pendleton")));
    }

    @Test
    void theNetworksNameCannotBeChangedOrRepeated() {
        host().body(listing("Harm Reduction Works Boston", 11, 11)).when().post("/api/v1/groups")
                .then().statusCode(400).body("violations.field", hasItem("locality"));
        host().body(listing("HRW Salem", 11, 11)).when().post("/api/v1/groups")
                .then().statusCode(400).body("violations.field", hasItem("locality"));
    }

    @Test
    void onlineGroupsAreTheirOwnListNotPartOfANearbySearch() {
        String nearby = registerAndApprove(listing("Besideville", 21.5, 21.5));
        Map<String, Object> online = listing("Anywhere Online", 0, 0);
        online.put("attendance", "online");
        online.remove("latitude");
        online.remove("longitude");
        online.put("onlineUrl", "https://meet.example.org/anywhere");
        String onlineSlug = registerAndApprove(online);
        List<String> slugs = given().queryParam("lat", 21.5).queryParam("lon", 21.5).queryParam("size", 100)
                .when().get("/api/v1/groups").then().statusCode(200).extract().path("items.slug");
        assertEquals(nearby, slugs.get(0));
        assertFalse(slugs.contains(onlineSlug), "an online group is not within any distance: " + slugs);
        List<String> onlineSlugs = given().queryParam("lat", 21.5).queryParam("lon", 21.5)
                .queryParam("attendance", "online").queryParam("size", 100)
                .when().get("/api/v1/groups").then().statusCode(200)
                .body("items.distanceKm", everyItem(nullValue()))
                .extract().path("items.slug");
        assertTrue(onlineSlugs.contains(onlineSlug), onlineSlugs.toString());
        assertFalse(onlineSlugs.contains(nearby), onlineSlugs.toString());
    }

    @Test
    void aBareTownNameFindsTheGroupsOfTheUsTownAndNamesItInFull() {
        // Northampton, MA, not Northampton, England, which is bigger.
        String northampton = registerAndApprove(listing("Pioneer Valley", 42.3251, -72.6412));
        given().queryParam("near", "Northampton").queryParam("size", 100)
                .when().get("/api/v1/groups").then().statusCode(200)
                .body("near.displayName", equalTo("Northampton, MA"))
                .body("near.label", equalTo("Northampton, MA, US"))
                .body("items.slug", hasItem(northampton));
        given().queryParam("near", "01060").when().get("/api/v1/groups").then().statusCode(200)
                .body("near.displayName", equalTo("Northampton, MA 01060"))
                .body("near.kind", equalTo("postal"))
                .body("items.slug", hasItem(northampton));
        given().queryParam("lat", 42.3251).queryParam("lon", -72.6412).when().get("/api/v1/groups")
                .then().statusCode(200).body("$", not(hasKey("near")));
    }

    @Test
    void aTownNameSeveralSimilarTownsShareIsAnsweredWithTheChoices() {
        given().queryParam("near", "Springfield")
                .when().get("/api/v1/groups").then().statusCode(300)
                .contentType(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .body("type", equalTo("urn:hrw:problem:ambiguous"))
                .body("status", equalTo(300))
                .body("detail", containsString("Springfield"))
                .body("choices[0].parameter", equalTo("near"))
                .body("choices[0].value", equalTo("Springfield, MO, US"))
                .body("choices[0].label", equalTo("Springfield, MO"))
                .body("choices.label", hasItem("Springfield, MA"));
        given().queryParam("near", "Springfield, MA, US").when().get("/api/v1/groups").then().statusCode(200)
                .body("near.displayName", equalTo("Springfield, MA"));
        // Every reader of a search by place asks the same question, the feeds too.
        given().queryParam("near", "Springfield").when().get("/api/v1/feeds/groups.ics").then().statusCode(300)
                .contentType(Problem.MEDIA_TYPE).body("choices", not(empty()));
    }

    @Test
    void nearbyGroupsComeNearestFirstWithDistanceAndNextMeeting() {
        String near = registerAndApprove(listing("Nearfield", 20.0, 20.0));
        String far = registerAndApprove(listing("Farfield", 20.1, 20.0));
        String outside = registerAndApprove(listing("Outfield", 21.0, 20.0));
        given().queryParam("lat", 20.0).queryParam("lon", 20.0).queryParam("radiusKm", 25)
                .queryParam("attendance", "in-person")
                .when().get("/api/v1/groups")
                .then().statusCode(200)
                .body("items.slug", contains(near, far))
                .body("items[0].distanceKm", equalTo(0.0f))
                .body("items[1].distanceKm", equalTo(11.1f))
                .body("items[0].nextMeeting.timeZone", equalTo("America/New_York"))
                .body("items[0].nextMeeting.localStart", containsString("T19:00"))
                .body("total", equalTo(2));
        given().queryParam("lat", 20.0).queryParam("lon", 20.0).queryParam("radiusKm", 200)
                .when().get("/api/v1/groups").then().body("items.slug", hasItem(outside));
    }

    @Test
    void theNextMeetingIsATuesdayAtSevenLocalTime() {
        String slug = registerAndApprove(listing("Tuesdayville", 30.0, 30.0));
        String localStart = given().when().get("/api/v1/groups/" + slug)
                .then().statusCode(200).extract().path("nextMeeting.localStart");
        LocalDate date = LocalDate.parse(localStart.substring(0, 10));
        assertEquals(DayOfWeek.TUESDAY, date.getDayOfWeek());
        assertTrue(localStart.endsWith("T19:00") || localStart.endsWith("T19:00:00"), localStart);
    }

    @Test
    void aCancelledDateIsSkipped() {
        String slug = registerAndApprove(listing("Cancelton", 31.0, 31.0));
        String first = given().when().get("/api/v1/groups/" + slug).then().extract().path("nextMeeting.localStart");
        host().body(Map.of("date", first.substring(0, 10), "kind", "cancelled"))
                .when().post("/api/v1/groups/" + slug + "/schedule-changes")
                .then().statusCode(200);
        String next = given().when().get("/api/v1/groups/" + slug).then().extract().path("nextMeeting.localStart");
        assertEquals(LocalDate.parse(first.substring(0, 10)).plusWeeks(1), LocalDate.parse(next.substring(0, 10)));
        host().body(Map.of("date", LocalDate.now(ZoneId.of("America/New_York"))
                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).toString(), "kind", "cancelled"))
                .when().post("/api/v1/groups/" + slug + "/schedule-changes")
                .then().statusCode(400).body("violations.field", hasItem("date"));
    }

    @Test
    void tenPeopleRegisteringInOneTownAtOnceEachGetTheirOwnListing() throws Exception {
        // Three towns, three crowds: one race can go well by luck.
        for (String town : List.of("Samesville", "Sameton", "Samebury")) {
            int people = 10;
            java.util.Set<String> slugs = new java.util.HashSet<>();
            for (io.restassured.response.Response response : allAtOnce(people,
                    () -> host().body(listing(town, 32.5, 32.5)).when().post("/api/v1/groups"))) {
                assertEquals(201, response.statusCode(), response.asString());
                slugs.add(response.path("slug"));
            }
            assertEquals(people, slugs.size(), slugs.toString());
            assertTrue(slugs.contains(town.toLowerCase(java.util.Locale.ROOT)), slugs.toString());
        }
    }

    /** The answers to as many copies of a request, all sent at the same moment. */
    static List<io.restassured.response.Response> allAtOnce(int copies,
            java.util.concurrent.Callable<io.restassured.response.Response> request) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(copies);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < copies; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<io.restassured.response.Response> responses = new java.util.ArrayList<>();
            for (var answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRegistrationSentAgainWithItsIdempotencyKeyGetsTheFirstGroupAndMakesNoSecond() {
        // A founder's phone lost the answer; the form sends the same registration again, with the same key.
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> listing = listing("Retryville", 33.5, 33.5);
        String slug = host().header("Idempotency-Key", key).body(listing).when().post("/api/v1/groups")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("slug");
        assertEquals("retryville", slug);

        listing.put("description", "Edited while the first answer was lost.");
        host().header("Idempotency-Key", key).body(listing).when().post("/api/v1/groups")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", matchesPattern("https?://[^/]+/api/v1/groups/retryville"))
                .body("slug", equalTo("retryville"))
                .body("status", equalTo("pending"))
                .body("youHost", equalTo(true))
                .body("description", equalTo("We meet in the back room; tea and snacks."));
        steward().when().get("/api/v1/review/groups").then().statusCode(200)
                .body("findAll { it.slug.startsWith('retryville') }.slug", equalTo(List.of("retryville")));

        // Without a key, or with a new one, a registration is a new group, as before.
        host().header("Idempotency-Key", java.util.UUID.randomUUID().toString()).body(listing)
                .when().post("/api/v1/groups").then().statusCode(201).body("slug", equalTo("retryville-2"));
    }

    @Test
    void theSameRegistrationSentSeveralTimesAtOnceMakesOneGroup() throws Exception {
        int copies = 6;
        String key = java.util.UUID.randomUUID().toString();
        java.util.Set<String> slugs = new java.util.HashSet<>();
        int replayed = 0;
        for (io.restassured.response.Response response : allAtOnce(copies, () -> host()
                .header("Idempotency-Key", key).body(listing("Twiceton", 34.5, 34.5)).when().post("/api/v1/groups"))) {
            assertEquals(201, response.statusCode(), response.asString());
            slugs.add(response.path("slug"));
            replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
        }
        assertEquals(java.util.Set.of("twiceton"), slugs);
        assertEquals(copies - 1, replayed);
        steward().when().get("/api/v1/review/groups").then().statusCode(200)
                .body("findAll { it.slug.startsWith('twiceton') }.slug", equalTo(List.of("twiceton")));
    }

    @Test
    void anIdempotencyKeyIsOneRegistrationsAndMustLookLikeAKey() {
        String key = "key-of-the-host-" + System.nanoTime();
        host().header("Idempotency-Key", key).body(listing("Keyholm", 35.5, 35.5)).when().post("/api/v1/groups")
                .then().statusCode(201);
        // Someone else sending that key learns nothing about the group and registers nothing.
        newcomer().header("Idempotency-Key", key).body(listing("Keyholm", 35.5, 35.5)).when().post("/api/v1/groups")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("someone else"))
                .body(not(containsString("keyholm")));
        for (String bad : List.of("short", "x".repeat(65), "has spaces in it", "ünïcode-key-123")) {
            host().header("Idempotency-Key", bad).body(listing("Badkeyton", 36.5, 36.5)).when()
                    .post("/api/v1/groups").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("violations.field", equalTo(List.of("Idempotency-Key")));
        }
        steward().when().get("/api/v1/review/groups").then().statusCode(200)
                .body("slug", not(hasItem(startsWith("badkeyton"))))
                .body("findAll { it.slug.startsWith('keyholm') }.slug", equalTo(List.of("keyholm")));
    }

    @Test
    void aDateMoreThanAYearAheadCannotBeCancelledOrMovedTo() {
        String slug = registerAndApprove(listing("Farcancel", 31.5, 31.5));
        LocalDate tuesdayAfterAYear = LocalDate.now(ZoneId.of("America/New_York")).plusYears(1)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        host().body(Map.of("date", tuesdayAfterAYear.toString(), "kind", "cancelled"))
                .when().post("/api/v1/groups/" + slug + "/schedule-changes")
                .then().statusCode(400).body("violations.field", hasItem("date"));
        String first = given().when().get("/api/v1/groups/" + slug).then().extract().path("nextMeeting.localStart");
        host().body(Map.of("date", first.substring(0, 10), "kind", "moved", "movedToDate", "9999-12-31"))
                .when().post("/api/v1/groups/" + slug + "/schedule-changes")
                .then().statusCode(400).body("violations.field", hasItem("movedToDate"));
        // java.time reads years to +-999,999,999; PostgreSQL cannot store them.
        host().body(Map.of("date", first.substring(0, 10), "kind", "moved", "movedToDate", "-999999999-01-01"))
                .when().post("/api/v1/groups/" + slug + "/schedule-changes")
                .then().statusCode(400).body("violations.field", hasItem("movedToDate"));
        host().body(Map.of("date", "-999999999-01-05", "kind", "cancelled"))
                .when().post("/api/v1/groups/" + slug + "/schedule-changes")
                .then().statusCode(400).body("violations.field", hasItem("date"));
    }

    @Test
    void anApproximateLocationNeverShowsTheStreet() {
        Map<String, Object> listing = listing("Roundtown", 42.31234, -72.63456);
        listing.put("locationVisibility", "approximate");
        String slug = registerAndApprove(listing);
        String body = given().when().get("/api/v1/groups/" + slug).then().statusCode(200)
                .body("place.city", equalTo("Roundtown"))
                .body("place.latitude", equalTo(42.31f))
                .body("place.longitude", equalTo(-72.63f))
                .body("place.address", nullValue())
                .body("place.venue", nullValue())
                .extract().asString();
        assertFalse(body.contains("Main Street"));
        String search = given().queryParam("lat", 42.31234).queryParam("lon", -72.63456)
                .when().get("/api/v1/groups").then().statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.place.address", nullValue())
                .body("items.find { it.slug == '" + slug + "' }.place.latitude", equalTo(42.31f))
                .extract().asString();
        assertFalse(search.contains("42.31234"));
    }

    @Test
    void onlyItsHostsMayEditAGroupAndAStaleEditIsRefused() {
        Map<String, Object> listing = listing("Editham", 40.0, 40.0);
        String slug = registerAndApprove(listing);
        int revision = host().when().get("/api/v1/groups/" + slug).then().extract().path("revision");
        listing.put("description", "Now with coffee.");
        newcomer().body(Map.of("listing", listing, "revision", revision))
                .when().put("/api/v1/groups/" + slug).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        host().body(Map.of("listing", listing, "revision", revision))
                .when().put("/api/v1/groups/" + slug).then().statusCode(200)
                .body("description", equalTo("Now with coffee."));
        listing.put("description", "An edit from an old page.");
        host().body(Map.of("listing", listing, "revision", revision))
                .when().put("/api/v1/groups/" + slug).then().statusCode(409)
                .body("type", equalTo("urn:hrw:problem:stale-edit"));
        given().when().get("/api/v1/groups/" + slug).then().body("description", equalTo("Now with coffee."));

        steward().when().get("/api/v1/groups/" + slug + "/history")
                .then().statusCode(200)
                .body("[0].action", equalTo("edited"))
                .body("[0].role", equalTo("host"))
                .body("[0].fields", contains("description"))
                .body(not(containsString("00000000-0000-4000-8000")));
        host().when().get("/api/v1/groups/" + slug + "/history").then().statusCode(403);
    }

    @Test
    void savingAListingConfirmsThatTheGroupStillMeets() {
        Map<String, Object> listing = listing("Stalewick", 42.0, 42.0);
        String slug = registerAndApprove(listing);
        LocalDate longAgo = LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(7);
        QuarkusTransaction.requiringNew().run(() -> MeetingGroup.update("lastVerified = ?1 where slug = ?2",
                longAgo, slug));
        // Written behind the app's back, as an operator might: the directory is told to read it again.
        directory.reload();
        int revision = given().when().get("/api/v1/groups/" + slug).then().body("stale", equalTo(true))
                .extract().path("revision");

        // Saved without a change: the host has read it through, and that is a confirmation too.
        host().body(Map.of("listing", listing, "revision", revision))
                .when().put("/api/v1/groups/" + slug).then().statusCode(200)
                .body("lastVerified", equalTo(LocalDate.now(java.time.ZoneId.of("America/New_York")).toString()))
                .body("stale", equalTo(false));
        given().when().get("/api/v1/groups/" + slug).then().body("stale", equalTo(false));
        steward().when().get("/api/v1/groups/" + slug + "/history").then()
                .body("[0].action", equalTo("confirmed"))
                .body("[0].fields", contains("lastVerified"));
    }

    @Test
    void aCoHostJoinsWithAOneTimeCode() {
        String slug = registerAndApprove(listing("Cohosting", 41.0, 41.0));
        String code = host().when().post("/api/v1/groups/" + slug + "/invitations")
                .then().statusCode(201).body("expiresAt", notNullValue()).extract().path("code");

        // The inviting host trying the code out does not use it up.
        host().body(Map.of("code", code)).when().post("/api/v1/invitations")
                .then().statusCode(200).body("slug", equalTo(slug));
        // Copied from a message: capitals, spaces and a line break between the characters.
        String retyped = code.toUpperCase().substring(0, 8) + " " + code.substring(8, 16) + "\n " + code.substring(16);
        newcomer().body(Map.of("code", retyped)).when().post("/api/v1/invitations")
                .then().statusCode(200).body("youHost", equalTo(true)).body("slug", equalTo(slug));
        newcomer().when().get("/api/v1/me").then().body("hosts.slug", hasItem(slug));
        // Opening the link again is no error for the person who used it.
        newcomer().body(Map.of("code", code)).when().post("/api/v1/invitations").then().statusCode(200);

        steward().body(Map.of("code", code)).when().post("/api/v1/invitations").then().statusCode(410)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:invitation-used"))
                .body("detail", containsString("already been used"));
        steward().when().get("/api/v1/me").then().body("hosts.slug", not(hasItem(slug)));
    }

    @Test
    void anExpiredOrUnknownCoHostCodeSaysWhichItIs() {
        String slug = registerAndApprove(listing("Codeexpiry", 42.0, 42.0));
        String code = host().when().post("/api/v1/groups/" + slug + "/invitations")
                .then().statusCode(201).extract().path("code");
        QuarkusTransaction.requiringNew().run(() -> GroupInvite.update("expiresAt = ?1 where groupId = "
                + "(select g.id from MeetingGroup g where g.slug = ?2)",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1), slug));

        newcomer().body(Map.of("code", code)).when().post("/api/v1/invitations").then().statusCode(410)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:invitation-expired"))
                .body("detail", containsString("expired"));
        newcomer().body(Map.of("code", "0123456789abcdef01234567")).when().post("/api/v1/invitations")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:not-found"));
        newcomer().body(Map.of("code", "  ")).when().post("/api/v1/invitations")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of("code", code)).when().post("/api/v1/invitations")
                .then().statusCode(401);
        newcomer().when().get("/api/v1/me").then().body("hosts.slug", not(hasItem(slug)));
    }

    @Test
    void aGroupNamedLikeAPageOfTheAppGetsAnAddressOfItsOwn() {
        String slug = host().body(listing("Join", 43.0, 43.0)).when().post("/api/v1/groups")
                .then().statusCode(201).extract().path("slug");
        assertEquals("join-group", slug);
    }

    @Test
    void aPausedGroupLeavesTheSearchAndComesBack() {
        String slug = registerAndApprove(listing("Pauseford", 50.0, 50.0));
        host().body(Map.of("status", "paused")).when().put("/api/v1/groups/" + slug + "/status")
                .then().statusCode(200).body("status", equalTo("paused"));
        given().queryParam("lat", 50.0).queryParam("lon", 50.0).when().get("/api/v1/groups")
                .then().body("items.slug", not(hasItem(slug)));
        host().body(Map.of("status", "pending")).when().put("/api/v1/groups/" + slug + "/status")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        host().body(Map.of("status", "active")).when().put("/api/v1/groups/" + slug + "/status")
                .then().statusCode(200);
        host().when().post("/api/v1/groups/" + slug + "/confirmation").then().statusCode(200)
                .body("lastVerified", equalTo(LocalDate.now(java.time.ZoneId.of("America/New_York")).toString()))
                .body("stale", equalTo(false));
        given().queryParam("lat", 50.0).queryParam("lon", 50.0).when().get("/api/v1/groups")
                .then().body("items.slug", hasItem(slug));
    }

    @Test
    void anEditIsInTheVeryNextSearchAndPageOnThisReplica() {
        Map<String, Object> listing = listing("Editham", 51.0, 51.0);
        String slug = registerAndApprove(listing);
        int revision = given().when().get("/api/v1/groups/" + slug).then().statusCode(200).extract().path("revision");
        listing.put("locality", "Editham Green");
        listing.put("description", "Now on the green.");
        host().body(Map.of("listing", listing, "revision", revision)).when().put("/api/v1/groups/" + slug)
                .then().statusCode(200);

        given().queryParam("lat", 51.0).queryParam("lon", 51.0).when().get("/api/v1/groups")
                .then().body("items.find { it.slug == '" + slug + "' }.name", endsWith("Editham Green"));
        given().when().get("/api/v1/groups/" + slug).then()
                .body("description", equalTo("Now on the green.")).body("revision", equalTo(revision + 1));
    }

    @Test
    void anotherReplicasNoticeReadsThatGroupAgainAndOneWithoutAGroupReadsEverything() {
        String slug = registerAndApprove(listing("Noticeby", 52.0, 52.0));
        long id = QuarkusTransaction.requiringNew().call(() -> MeetingGroup.<MeetingGroup>find("slug", slug)
                .firstResult().id);
        QuarkusTransaction.requiringNew().run(() -> MeetingGroup.update("description = ?1 where id = ?2",
                "Changed elsewhere.", id));
        given().when().get("/api/v1/groups/" + slug).then().body("description", not(equalTo("Changed elsewhere.")));

        heard.fire(new ChangeHeard(Topic.LISTINGS, Long.toString(id)));
        given().when().get("/api/v1/groups/" + slug).then().body("description", equalTo("Changed elsewhere."));

        QuarkusTransaction.requiringNew().run(() -> MeetingGroup.update("locality = ?1 where id = ?2",
                "Noticeby Mill", id));
        heard.fire(ChangeHeard.everything(Topic.LISTINGS));
        given().queryParam("lat", 52.0).queryParam("lon", 52.0).when().get("/api/v1/groups")
                .then().body("items.find { it.slug == '" + slug + "' }.name", endsWith("Noticeby Mill"));
    }

    @Test
    void weStillMeetIsDatedWhereTheGroupMeetsNotWhereTheServerIs() {
        // At any moment at least one of these two dates differs from the date in UTC.
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            Map<String, Object> listing = listing("Dateline " + zone.substring(8).replace("_", " "), 0.5, -160.0);
            @SuppressWarnings("unchecked")
            Map<String, Object> schedule = (Map<String, Object>) listing.get("schedule");
            schedule.put("timeZone", zone);
            String slug = registerAndApprove(listing);
            host().when().post("/api/v1/groups/" + slug + "/confirmation").then().statusCode(200)
                    .body("lastVerified", equalTo(LocalDate.now(java.time.ZoneId.of(zone)).toString()));
        }
    }

    @Test
    void filtersNarrowTheResults() {
        Map<String, Object> focused = listing("Focusburg", 60.0, 60.0);
        focused.put("format", "focused");
        focused.put("offerings", List.of("wound-care"));
        String focusedSlug = registerAndApprove(focused);
        String openSlug = registerAndApprove(listing("Openburg", 60.01, 60.0));
        given().queryParam("lat", 60.0).queryParam("lon", 60.0).queryParam("attendance", "in-person").queryParam("format", "focused")
                .when().get("/api/v1/groups").then().body("items.slug", contains(focusedSlug));
        given().queryParam("lat", 60.0).queryParam("lon", 60.0).queryParam("attendance", "in-person").queryParam("offering", "naloxone")
                .when().get("/api/v1/groups").then().body("items.slug", contains(openSlug));
        given().queryParam("lat", 60.0).queryParam("lon", 60.0).queryParam("attendance", "in-person").queryParam("weekday", "friday")
                .when().get("/api/v1/groups").then().body("items", empty());
        given().queryParam("lat", 60.0).queryParam("lon", 60.0).queryParam("attendance", "in-person").queryParam("timeOfDay", "evening")
                .when().get("/api/v1/groups").then().body("total", equalTo(2));
    }

    @Test
    void anOnlineGroupIsListedWithoutADistance() {
        Map<String, Object> online = listing("Everywhere Online", 0, 0);
        online.put("attendance", "online");
        online.remove("latitude");
        online.remove("longitude");
        online.put("onlineUrl", "https://meet.example.org/hrw");
        online.put("onlineVisibility", "on-request");
        String slug = registerAndApprove(online);
        given().queryParam("lat", 70.0).queryParam("lon", 70.0).queryParam("attendance", "online")
                .when().get("/api/v1/groups").then().statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.distanceKm", nullValue())
                .body(not(containsString("meet.example.org")));
    }

    @Test
    void aTownOrPostalCodeFindsTheGroupsNearIt() {
        String slug = registerAndApprove(listing("Northampton", 42.3251, -72.6412));
        given().queryParam("near", "Northampton, MA").queryParam("attendance", "in-person")
                .when().get("/api/v1/groups").then().statusCode(200)
                .body("items[0].slug", equalTo(slug));
        given().queryParam("near", "01060").queryParam("attendance", "in-person")
                .when().get("/api/v1/groups").then().statusCode(200)
                .body("items.slug", hasItem(slug));
        given().queryParam("near", "Nowhereville Zzyzx").when().get("/api/v1/groups")
                .then().statusCode(400).body("violations[0].field", equalTo("near"));
    }

    @Test
    void theCalendarFileIsValidICalendarThatARealLibraryReadsBack() {
        String slug = registerAndApprove(listing("Calendaria", 80.0, 80.0));
        String first = given().when().get("/api/v1/groups/" + slug).then().extract().path("nextMeeting.localStart");
        host().body(Map.of("date", first.substring(0, 10), "kind", "cancelled"))
                .when().post("/api/v1/groups/" + slug + "/schedule-changes").then().statusCode(200);

        String ics = given().when().get("/api/v1/groups/" + slug + "/calendar.ics")
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        biweekly.ICalendar calendar = biweekly.Biweekly.parse(ics).first();
        biweekly.component.VEvent event = calendar.getEvents().get(0);
        assertEquals("Harm Reduction Works-HRW Calendaria", event.getSummary().getValue());
        assertEquals(biweekly.util.Frequency.WEEKLY, event.getRecurrenceRule().getValue().getFrequency());
        assertTrue(ics.contains("TZID=America/New_York"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE"));
        assertFalse(event.getExceptionDates().isEmpty(), "the cancelled date is excluded");
        assertTrue(ics.contains("12 Main Street"), "an exact location is in the calendar");
    }

    @Test
    void badSearchParametersAreNamed() {
        given().queryParam("lat", 95).queryParam("lon", 0).when().get("/api/v1/groups")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("lat"));
        given().queryParam("lat", 42).when().get("/api/v1/groups")
                .then().statusCode(400).body("violations.field", hasItem("lon"));
        given().queryParam("format", "closed").when().get("/api/v1/groups")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        given().queryParam("radiusKm", 501).when().get("/api/v1/groups")
                .then().statusCode(400).body("violations.field", hasItem("radiusKm"));
        given().queryParam("page", -1).when().get("/api/v1/groups")
                .then().statusCode(400).body("violations.field", hasItem("page"));
        given().queryParam("weekday", "someday").when().get("/api/v1/groups")
                .then().statusCode(400).body("violations.field", hasItem("weekday"));
    }

    @Test
    void theFormsEmptyOptionalFieldsAreTakenAsNotGiven() {
        // The web form sends every field; an in-person group leaves its online link empty.
        Map<String, Object> listing = listing("Emptyfield", 31.0, 31.0);
        listing.put("onlineUrl", "");
        listing.put("publicEmail", "");
        String slug = host().body(listing).when().post("/api/v1/groups").then().statusCode(201)
                .body("onlineUrl", nullValue()).extract().path("slug");
        int revision = host().when().get("/api/v1/groups/" + slug).then().statusCode(200).extract().path("revision");
        host().body(Map.of("listing", listing, "revision", revision)).when().put("/api/v1/groups/" + slug)
                .then().statusCode(200);
        Map<String, Object> blankName = listing("x", 31.0, 31.0);
        blankName.put("locality", "");
        host().body(blankName).when().post("/api/v1/groups").then().statusCode(400)
                .body("violations.find { it.field == 'locality' }.message", equalTo("must not be blank"));
    }

    @Test
    void anEditsProblemsNameTheirFieldWithinTheListingAsTheRequestSpellsIt() {
        Map<String, Object> listing = listing("Pathfield", 32.0, 32.0);
        String slug = registerAndApprove(listing);
        int revision = host().when().get("/api/v1/groups/" + slug).then().statusCode(200).extract().path("revision");
        // Rules the service checks (not Bean Validation) beside one Bean Validation catches: all under "listing."
        listing.put("locality", "HRW Pathfield");
        listing.put("latitude", null);
        listing.put("contactMethod", "email");
        listing.put("description", "x".repeat(2001));
        host().body(Map.of("listing", listing, "revision", revision)).when().put("/api/v1/groups/" + slug)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("listing.description"));
        listing.put("description", "We meet in the back room.");
        host().body(Map.of("listing", listing, "revision", revision)).when().put("/api/v1/groups/" + slug)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("listing.locality"))
                .body("violations.field", hasItem("listing.latitude"))
                .body("violations.field", hasItem("listing.publicEmail"))
                .body("violations.field", everyItem(org.hamcrest.Matchers.startsWith("listing.")));
        // Registering sends the listing itself as the body, so there the same rule names the bare field.
        host().body(listing).when().post("/api/v1/groups")
                .then().statusCode(400).body("violations.field", hasItem("locality"));
    }

    @Test
    void registeringNeedsASignedInPersonAndAValidListing() {
        given().contentType(ContentType.JSON).body(listing("Anonville", 1, 1)).when().post("/api/v1/groups")
                .then().statusCode(401);
        Map<String, Object> bad = listing("Badschedule", 1, 1);
        bad.put("schedule", Map.of("recurrence", "monthly", "days", List.of("monday", "friday"), "start", "19:00",
                "durationMinutes", 120, "timeZone", "Mars/Olympus"));
        host().body(bad).when().post("/api/v1/groups")
                .then().statusCode(400)
                .body("violations.field", hasItem("schedule.durationMinutes"));
    }

    @Test
    void aNullItemInAnyOfAListingsListsIsA400NamingTheListNotA500() {
        List<String> withNull = java.util.Arrays.asList((String) null);
        for (String list : List.of("focus", "offerings", "languages", "days")) {
            Map<String, Object> listing = listing("Nulltown", 11.0, 11.0);
            if (list.equals("days")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> schedule = (Map<String, Object>) listing.get("schedule");
                schedule.put("days", withNull);
            } else {
                listing.put(list, withNull);
            }
            host().body(listing).when().post("/api/v1/groups")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("violations.field", hasItem(startsWith(list.equals("days") ? "schedule.days" : list)));
        }
    }

    @Test
    void behindATlsProxyANewGroupsLocationIsItsPublicHttpsAddress() {
        host().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "hub.example.org")
                .body(listing("Proxyton", 12.0, 12.0)).when().post("/api/v1/groups")
                .then().statusCode(201)
                .header("Location", equalTo("https://hub.example.org/api/v1/groups/proxyton"));
    }
}
