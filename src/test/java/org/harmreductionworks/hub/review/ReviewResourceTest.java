package org.harmreductionworks.hub.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ReviewResourceTest {

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> counts() {
        return as(TestTokens.steward()).when().get("/api/v1/review").then().statusCode(200)
                .contentType(ContentType.JSON).extract().as(Map.class);
    }

    private static Map<String, Object> exercise() {
        Map<String, Object> source = new HashMap<>();
        source.put("title", "Counting Circles");
        source.put("creator", "A drop-in collective");
        source.put("year", 2024);
        source.put("url", "https://circles.example.org");
        source.put("freeToAccess", true);
        Map<String, Object> exercise = new HashMap<>();
        exercise.put("title", "Counting circles " + UUID.randomUUID());
        exercise.put("kind", "discussion-prompt");
        exercise.put("themes", List.of("stigma"));
        exercise.put("suggestedMinutes", 10);
        exercise.put("summary", "Everyone names one thing that went better this week than last.");
        exercise.put("howToRun", "Go round once; passing is always fine.");
        exercise.put("prompts", List.of("What went a little better?"));
        exercise.put("source", source);
        exercise.put("contentNotes", List.of());
        exercise.put("suits", "both");
        exercise.put("language", "en");
        return exercise;
    }

    private static long share(String token, String group, String title, boolean askStewards) {
        Map<String, Object> post = new HashMap<>();
        post.put("kind", askStewards ? "question" : "what-worked");
        post.put("title", title);
        post.put("body", "We tried reading the welcome slowly.");
        post.put("topics", List.of("welcome"));
        post.put("visibility", "public");
        post.put("askStewards", askStewards);
        return ((Number) as(token).body(Map.of("groupSlug", group, "post", post)).when().post("/api/v1/learnings")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    private static void assertChanged(Map<String, Object> before, Map<String, Object> after, String queue,
            int by) {
        assertEquals(((Number) before.get(queue)).intValue() + by, ((Number) after.get(queue)).intValue(), queue);
        int total = 0;
        for (String q : List.of("groups", "exercises", "flaggedLearnings", "questions", "scriptDrafts")) {
            total += ((Number) after.get(q)).intValue();
        }
        assertEquals(total, ((Number) after.get("total")).intValue(), "the total adds up the queues");
    }

    @Test
    void onlyStewardsMaySeeWhatIsWaiting() {
        given().when().get("/api/v1/review").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        as(TestTokens.host()).when().get("/api/v1/review").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void eachQueuesCountGrowsWithNewWorkAndShrinksWithEachDecision() {
        List<Integer> open = as(TestTokens.steward()).when().get("/api/v1/script/drafts").then().statusCode(200)
                .extract().path("id");
        open.forEach(id -> as(TestTokens.steward()).when().delete("/api/v1/script/drafts/" + id).then()
                .statusCode(204));
        String hostsGroup = GroupTesting.registerAndApprove("Countham", -20.0, 20.0);
        String someone = TestTokens.person(UUID.randomUUID().toString());
        String theirGroup = GroupTesting.registerAndApprove(someone, "Tallyton", -21.0, 21.0);
        long post = share(someone, theirGroup, "What helped our first month", false);
        Map<String, Object> start = counts();
        assertEquals(0, ((Number) start.get("scriptDrafts")).intValue());

        String pending = as(TestTokens.host()).body(GroupTesting.listing("Waitford", -22.0, 22.0)).when()
                .post("/api/v1/groups").then().statusCode(201).extract().path("slug");
        Map<String, Object> now = counts();
        assertChanged(start, now, "groups", 1);

        String suggested = as(TestTokens.host()).body(Map.of("groupSlug", hostsGroup, "exercise", exercise()))
                .when().post("/api/v1/exercises").then().statusCode(201).extract().path("slug");
        Map<String, Object> later = counts();
        assertChanged(now, later, "exercises", 1);

        as(TestTokens.person(UUID.randomUUID().toString())).body(Map.of("reason", "Please have a look at this"))
                .when().post("/api/v1/learnings/" + post + "/flags").then().statusCode(202);
        as(TestTokens.person(UUID.randomUUID().toString())).body(Map.of("reason", "A second flag, same post"))
                .when().post("/api/v1/learnings/" + post + "/flags").then().statusCode(202);
        now = counts();
        assertChanged(later, now, "flaggedLearnings", 1);

        long question = share(someone, theirGroup, "May we meet in a library?", true);
        later = counts();
        assertChanged(now, later, "questions", 1);

        int draft = as(TestTokens.steward()).when().post("/api/v1/script/drafts").then().statusCode(201)
                .extract().path("id");
        now = counts();
        assertChanged(later, now, "scriptDrafts", 1);

        as(TestTokens.steward()).when().post("/api/v1/review/groups/" + pending + "/approval").then().statusCode(200);
        later = counts();
        assertChanged(now, later, "groups", -1);
        as(TestTokens.steward()).when().post("/api/v1/review/exercises/" + suggested + "/publication").then()
                .statusCode(200);
        now = counts();
        assertChanged(later, now, "exercises", -1);
        as(TestTokens.steward()).body(Map.of("reason", "Read it through; it names no one."))
                .when().post("/api/v1/review/learnings/posts/" + post + "/restore").then().statusCode(204);
        later = counts();
        assertChanged(now, later, "flaggedLearnings", -1);
        as(TestTokens.steward()).body(Map.of("body", "Yes: many groups meet in libraries.", "asStewards", true))
                .when().post("/api/v1/learnings/" + question + "/replies").then().statusCode(201);
        now = counts();
        assertChanged(later, now, "questions", -1);
        as(TestTokens.steward()).when().delete("/api/v1/script/drafts/" + draft).then().statusCode(204);
        assertChanged(now, counts(), "scriptDrafts", -1);
    }
}
