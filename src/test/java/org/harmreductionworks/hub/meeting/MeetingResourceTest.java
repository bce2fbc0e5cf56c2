package org.harmreductionworks.hub.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class MeetingResourceTest {

    /** The test groups meet in New York's time zone. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> meeting(LocalDate date, String exercise, int rating, String note,
            boolean share) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("date", date.toString());
        entry.put("meeting", "open");
        entry.put("exerciseSlug", exercise);
        entry.put("headcount", "6-10");
        entry.put("rating", rating);
        entry.put("note", note);
        entry.put("shareNote", share);
        return entry;
    }

    @Test
    void onlyTheGroupsHostsReadAndWriteItsLog() {
        String group = GroupTesting.registerAndApprove("Logtown", 20.0, 20.0);
        given().when().get("/api/v1/groups/" + group + "/meetings").then().statusCode(401);
        as(TestTokens.newcomer()).when().get("/api/v1/groups/" + group + "/meetings").then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        as(TestTokens.steward()).when().get("/api/v1/groups/" + group + "/meetings").then().statusCode(403);
        as(TestTokens.newcomer()).body(meeting(TODAY, null, 4, null, false))
                .when().post("/api/v1/groups/" + group + "/meetings").then().statusCode(403);
        as(TestTokens.host()).when().get("/api/v1/groups/" + group + "/meetings").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void usageIsAggregatedAndOnlySharedNotesAppearAsTheGroup() {
        String group = GroupTesting.registerAndApprove("Usageville", 21.0, 21.0);
        String path = "/api/v1/groups/" + group + "/meetings";
        as(TestTokens.host()).body(meeting(TODAY.minusDays(14), "what-it-gives-what-it-costs", 5,
                "People opened up more than ever.", true)).when().post(path).then().statusCode(201)
                .body("exercise.slug", equalTo("what-it-gives-what-it-costs"))
                .body("headcount", equalTo("6-10"));
        as(TestTokens.host()).body(meeting(TODAY.minusDays(7), "what-it-gives-what-it-costs", 2,
                "Too personal for a new group; keep this one to ourselves.", false)).when().post(path).then()
                .statusCode(201);

        given().when().get("/api/v1/exercises/what-it-gives-what-it-costs/usage").then().statusCode(200)
                .body("timesUsed", equalTo(2)).body("groups", equalTo(1))
                .body("averageRating", equalTo(3.5f))
                .body("sharedNotes", hasSize(1))
                .body("sharedNotes[0].group.name", equalTo("Harm Reduction Works-HRW Usageville"))
                .body("sharedNotes[0].note", equalTo("People opened up more than ever."))
                .body("sharedNotes[0]", not(org.hamcrest.Matchers.hasKey("subject")));
        given().queryParam("q", "gives costs").when().get("/api/v1/exercises").then()
                .body("items.find { it.slug == 'what-it-gives-what-it-costs' }.timesUsed", equalTo(2));
        given().queryParam("sort", "most-used").queryParam("size", 1).when().get("/api/v1/exercises").then()
                .body("items[0].timesUsed", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        as(TestTokens.host()).when().get(path).then().statusCode(200)
                .body("items.rating", contains(2, 5));
    }

    @Test
    void aMeetingIsLoggedOnceAndNotBeforeItHappens() {
        String group = GroupTesting.registerAndApprove("Oncetown", 22.0, 22.0);
        String path = "/api/v1/groups/" + group + "/meetings";
        long id = ((Number) as(TestTokens.host()).body(meeting(TODAY, null, 4, null, true)).when().post(path).then()
                .statusCode(201).body("exercise", nullValue()).body("shareNote", equalTo(false))
                .extract().path("id")).longValue();
        as(TestTokens.host()).body(meeting(TODAY, null, 3, null, false)).when().post(path).then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE);
        as(TestTokens.host()).body(meeting(TODAY.plusDays(2), null, 3, null, false)).when().post(path).then()
                .statusCode(400).body("violations[0].field", equalTo("date"));
        as(TestTokens.host()).body(meeting(TODAY.minusDays(1), "no-such-exercise", 3, null, false)).when()
                .post(path).then().statusCode(400).body("violations[0].field", equalTo("exerciseSlug"));
        Map<String, Object> badRating = meeting(TODAY.minusDays(1), null, 9, null, false);
        badRating.put("headcount", "a crowd");
        as(TestTokens.host()).body(badRating).when().post(path).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);

        as(TestTokens.host()).body(Map.of("entry", meeting(TODAY, "words-matter", 5, "Better than we hoped", true),
                "revision", 0)).when().put(path + "/" + id).then().statusCode(200)
                .body("exercise.slug", equalTo("words-matter")).body("revision", equalTo(1));
        as(TestTokens.host()).body(Map.of("entry", meeting(TODAY, null, 1, null, false), "revision", 0))
                .when().put(path + "/" + id).then().statusCode(409);
        as(TestTokens.host()).when().delete(path + "/" + id).then().statusCode(204);
        as(TestTokens.host()).when().delete(path + "/" + id).then().statusCode(404);
    }

    @Test
    void aPlannedExerciseShowsPubliclyOnlyWhenTheGroupChoosesTo() {
        String group = GroupTesting.registerAndApprove("Plantown", 23.0, 23.0);
        String plan = "/api/v1/groups/" + group + "/plan/";
        String next = "/api/v1/groups/" + group + "/next-exercise";
        LocalDate date = TODAY.plusDays(3);
        given().when().get(next).then().statusCode(204);

        Map<String, Object> input = new HashMap<>();
        input.put("exerciseSlug", "listening-to-shame");
        input.put("chooser", "River");
        input.put("showPublicly", false);
        input.put("revision", null);
        as(TestTokens.newcomer()).body(input).when().put(plan + date).then().statusCode(403);
        as(TestTokens.host()).body(input).when().put(plan + date).then().statusCode(200)
                .body("exercise.title", equalTo("Listening to shame")).body("chooser", equalTo("River"))
                .body("revision", equalTo(0));
        as(TestTokens.host()).body(input).when().put(plan + date).then().statusCode(409);
        given().when().get(next).then().statusCode(204);

        input.put("showPublicly", true);
        input.put("revision", 0);
        as(TestTokens.host()).body(input).when().put(plan + date).then().statusCode(200);
        given().when().get(next).then().statusCode(200).body("date", equalTo(date.toString()))
                .body("exercise.slug", equalTo("listening-to-shame"))
                .body("$", not(org.hamcrest.Matchers.hasKey("chooser")))
                .body("exercise", not(org.hamcrest.Matchers.hasKey("id")));
        as(TestTokens.host()).when().get("/api/v1/groups/" + group + "/plan").then().statusCode(200)
                .body("date", hasItem(date.toString()));

        input.put("revision", null);
        as(TestTokens.host()).body(input).when().put(plan + TODAY.minusDays(1)).then().statusCode(400)
                .body("violations[0].field", equalTo("date"));
        as(TestTokens.host()).when().put(plan + "someday").then().statusCode(400);
        as(TestTokens.host()).when().delete(plan + date).then().statusCode(204);
        given().when().get(next).then().statusCode(204);
        given().when().get("/api/v1/groups/no-such-group/next-exercise").then().statusCode(404);
    }

    @Test
    void aDateOutsideTheCalendarIsA400NamingItNotA500() {
        // java.time reads years to +-999,999,999; PostgreSQL cannot store them ("date out of range").
        String group = GroupTesting.registerAndApprove("Farbackton", 24.5, 24.5);
        Map<String, Object> entry = meeting(TODAY, null, 4, null, false);
        entry.put("date", "-999999999-01-01");
        as(TestTokens.host()).body(entry).when().post("/api/v1/groups/" + group + "/meetings")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("date"));
    }

    @Test
    void aPlanMoreThanAYearAheadIsRefused() {
        String group = GroupTesting.registerAndApprove("Fartown", 24.0, 24.0);
        String plan = "/api/v1/groups/" + group + "/plan/";
        Map<String, Object> input = new HashMap<>();
        input.put("exerciseSlug", null);
        input.put("showPublicly", false);
        as(TestTokens.host()).body(input).when().put(plan + TODAY.plusYears(1)).then().statusCode(200);
        as(TestTokens.host()).body(input).when().put(plan + TODAY.plusYears(1).plusDays(1)).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("date"));
        as(TestTokens.host()).body(input).when().put(plan + "9999-12-31").then().statusCode(400);
    }

    @Test
    void hostsPlanningTheSameNewDateAtOnceGetOneSavedPlanAndConflictsNeverAnError() throws Exception {
        String group = GroupTesting.registerAndApprove("Racetown", 25.0, 25.0);
        String path = "/api/v1/groups/" + group + "/plan/" + TODAY.plusDays(10);
        Map<String, Object> input = new HashMap<>();
        input.put("exerciseSlug", "listening-to-shame");
        input.put("showPublicly", false);
        String token = TestTokens.host();
        int racers = 30;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(token).body(input).when().put(path).then().extract().statusCode();
                }));
            }
            start.countDown();
            java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (var answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of(200, 1, 409, racers - 1), statuses);
        } finally {
            pool.shutdownNow();
        }
    }
}
