package org.harmreductionworks.hub.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ExerciseResourceTest {

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> exercise(String title) {
        Map<String, Object> source = new HashMap<>();
        source.put("title", "Voices from the Drop-In");
        source.put("creator", "A community radio collective");
        source.put("publisher", null);
        source.put("year", 2024);
        source.put("url", "https://radio.example.org/voices");
        source.put("freeToAccess", true);
        Map<String, Object> exercise = new HashMap<>();
        exercise.put("title", title);
        exercise.put("kind", "podcast");
        exercise.put("themes", List.of("community-and-movement-building", "stigma"));
        exercise.put("suggestedMinutes", 15);
        exercise.put("summary", "Three people who run a drop-in talk about the first time someone trusted them.");
        exercise.put("howToRun", "Play the first fifteen minutes, then open the floor.");
        exercise.put("prompts", List.of("Who first treated you as an expert in your own life?",
                "What makes a place feel safe to walk into?"));
        exercise.put("source", source);
        exercise.put("contentNotes", List.of("overdose"));
        exercise.put("suits", "both");
        exercise.put("language", "en");
        return exercise;
    }

    static String hostedGroup(String locality, double lat, double lon) {
        return org.harmreductionworks.hub.group.GroupTesting.registerAndApprove(locality, lat, lon);
    }

    @Test
    void theStarterLibraryIsSearchableByTheStartsOfWords() {
        given().queryParam("q", "shame").when().get("/api/v1/exercises").then().statusCode(200)
                .body("items.slug", hasItem("listening-to-shame"))
                .body("items.status", everyItem(equalTo("published")));
        given().queryParam("q", "SHAM").when().get("/api/v1/exercises").then().statusCode(200)
                .body("items.slug", hasItem("listening-to-shame"));
        given().queryParam("q", "hame").when().get("/api/v1/exercises").then().statusCode(200)
                .body("items.slug", not(hasItem("listening-to-shame")));
        given().queryParam("q", "shame nonexistentword").when().get("/api/v1/exercises").then().statusCode(200)
                .body("total", equalTo(0));
        given().when().get("/api/v1/exercises?size=100").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(25));
    }

    @Test
    void filtersNarrowTheLibrary() {
        given().queryParam("kind", "podcast").queryParam("size", 100).when().get("/api/v1/exercises").then()
                .statusCode(200).body("items.kind", everyItem(equalTo("podcast")))
                .body("total", greaterThanOrEqualTo(2));
        given().queryParam("theme", "grief-and-loss").queryParam("size", 100).when().get("/api/v1/exercises").then()
                .statusCode(200).body("items.themes", everyItem(hasItem("grief-and-loss")))
                .body("items.slug", hasItem("letter-to-someone-we-lost"));
        given().queryParam("maxMinutes", 10).queryParam("size", 100).when().get("/api/v1/exercises").then()
                .statusCode(200).body("items.suggestedMinutes", everyItem(lessThanOrEqualTo(10)))
                .body("items.slug", hasItem("what-counts-as-progress"));
        given().queryParam("meeting", "open").queryParam("size", 100).when().get("/api/v1/exercises").then()
                .statusCode(200).body("items.suits", everyItem(isOneOf("open", "both")))
                .body("items.slug", not(hasItem("my-own-harm-reduction-plan")));
        given().queryParam("meeting", "focused").queryParam("size", 100).when().get("/api/v1/exercises").then()
                .statusCode(200).body("items.slug", hasItem("my-own-harm-reduction-plan"));
        given().queryParam("language", "es").when().get("/api/v1/exercises").then().statusCode(200)
                .body("items.language", everyItem(equalTo("es"))).body("total", greaterThanOrEqualTo(3));
    }

    @Test
    void sortingByTitleIsAlphabeticalAcrossPages() {
        List<String> titles = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            titles.addAll(given().queryParam("sort", "title").queryParam("size", 10).queryParam("page", page)
                    .when().get("/api/v1/exercises").then().statusCode(200).extract().jsonPath().getList("items.title"));
        }
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, titles);
        assertEquals(titles.size(), titles.stream().distinct().count());
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("kind", "novel").when().get("/api/v1/exercises").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("kind"));
        given().queryParam("maxMinutes", 2).when().get("/api/v1/exercises").then().statusCode(400)
                .body("violations.field", hasItem("maxMinutes"));
        given().queryParam("sort", "random").when().get("/api/v1/exercises").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
        given().when().get("/api/v1/exercises/no-such-piece").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aHostsSuggestionWaitsForAStewardWhoPublishesOrDeclinesIt() {
        String group = hostedGroup("Suggestville", 10.0, 10.0);

        as(TestTokens.newcomer()).body(Map.of("groupSlug", group, "exercise", exercise("Voices from the drop-in")))
                .when().post("/api/v1/exercises").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON)
                .body(Map.of("groupSlug", group, "exercise", exercise("Voices from the drop-in")))
                .when().post("/api/v1/exercises").then().statusCode(401);

        String slug = as(TestTokens.host())
                .body(Map.of("groupSlug", group, "exercise", exercise("Voices from the drop-in")))
                .when().post("/api/v1/exercises").then().statusCode(201)
                .body("status", equalTo("suggested"))
                .body("suggestedBy.slug", equalTo(group))
                .body("suggestedBy.name", equalTo("Harm Reduction Works-HRW Suggestville"))
                .extract().path("slug");
        given().when().get("/api/v1/exercises/" + slug).then().statusCode(404);
        given().queryParam("q", "drop in").when().get("/api/v1/exercises").then()
                .body("items.slug", not(hasItem(slug)));
        as(TestTokens.host()).when().get("/api/v1/exercises/" + slug).then().statusCode(200);
        as(TestTokens.host()).when().post("/api/v1/review/exercises/" + slug + "/publication").then().statusCode(403);
        as(TestTokens.steward()).when().get("/api/v1/review/exercises?size=100").then().statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.suggestedBy.name",
                        equalTo("Harm Reduction Works-HRW Suggestville"));

        as(TestTokens.steward()).when().post("/api/v1/review/exercises/" + slug + "/publication").then()
                .statusCode(200).body("status", equalTo("published"));
        given().queryParam("q", "drop in").when().get("/api/v1/exercises").then()
                .body("items.slug", hasItem(slug));
        as(TestTokens.steward()).when().post("/api/v1/review/exercises/" + slug + "/publication").then()
                .statusCode(409);

        String declined = as(TestTokens.host())
                .body(Map.of("groupSlug", group, "exercise", exercise("A second idea for the group")))
                .when().post("/api/v1/exercises").then().statusCode(201).extract().path("slug");
        as(TestTokens.steward()).body(Map.of("reason", " ")).when()
                .post("/api/v1/review/exercises/" + declined + "/decline").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(TestTokens.steward()).body(Map.of("reason", "We have this one already: see Voices from the drop-in."))
                .when().post("/api/v1/review/exercises/" + declined + "/decline").then().statusCode(200)
                .body("status", equalTo("declined"));
        as(TestTokens.host()).when().get("/api/v1/exercises/" + declined).then().statusCode(200)
                .body("declineReason", equalTo("We have this one already: see Voices from the drop-in."));
        given().when().get("/api/v1/exercises/" + declined).then().statusCode(404);
    }

    @Test
    void aSuggestionWithBadFieldsIsRefusedFieldByField() {
        String group = hostedGroup("Fieldtown", 11.0, 11.0);
        Map<String, Object> bad = exercise("ok");
        bad.put("prompts", List.of("fine prompt here", ""));
        bad.put("suggestedMinutes", 500);
        bad.put("themes", List.of());
        ((Map<String, Object>) bad.get("source")).put("url", "javascript:alert(1)");
        List<String> fields = as(TestTokens.host()).body(Map.of("groupSlug", group, "exercise", bad))
                .when().post("/api/v1/exercises").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .extract().jsonPath().getList("violations.field");
        assertTrue(fields.containsAll(List.of("exercise.title", "exercise.suggestedMinutes", "exercise.themes",
                "exercise.source.url")), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("exercise.prompts[1]")), fields.toString());
        Map<String, Object> badKind = exercise("A fine title");
        badKind.put("kind", "novel");
        as(TestTokens.host()).body(Map.of("groupSlug", group, "exercise", badKind))
                .when().post("/api/v1/exercises").then().statusCode(400)
                .body("violations[0].field", equalTo("exercise.kind"));
    }

    @Test
    void onlyStewardsEditAndAStaleEditIsRefused() {
        Response current = given().when().get("/api/v1/exercises/words-matter");
        int revision = current.path("revision");
        Map<String, Object> edit = exercise("Words matter");
        edit.put("kind", "discussion-prompt");
        as(TestTokens.host()).body(Map.of("exercise", edit, "revision", revision))
                .when().put("/api/v1/exercises/words-matter").then().statusCode(403);
        as(TestTokens.steward()).body(Map.of("exercise", edit, "revision", revision))
                .when().put("/api/v1/exercises/words-matter").then().statusCode(200)
                .body("title", equalTo("Words matter")).body("revision", equalTo(revision + 1));
        as(TestTokens.steward()).body(Map.of("exercise", edit, "revision", revision))
                .when().put("/api/v1/exercises/words-matter").then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theAtomFeedListsPublishedExercisesAndAReaderParsesIt() throws Exception {
        Response response = given().when().get("/api/v1/feeds/exercises.atom");
        response.then().statusCode(200).contentType(containsAtom());
        String etag = response.header("ETag");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.asString()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(feed.getTitle().startsWith("Harm Reduction Works-HRW"));
        assertTrue(feed.getEntries().size() >= 25);
        SyndEntry shame = feed.getEntries().stream().filter(e -> e.getTitle().equals("Listening to shame"))
                .findFirst().orElseThrow();
        assertTrue(shame.getLink().endsWith("/exercises/listening-to-shame"), shame.getLink());
        assertTrue(shame.getPublishedDate() != null && shame.getUpdatedDate() != null);
        SyndEntry lost = feed.getEntries().stream().filter(e -> e.getLink().endsWith("/letter-to-someone-we-lost"))
                .findFirst().orElseThrow();
        assertTrue(lost.getDescription().getValue().startsWith("Content notes:"), lost.getDescription().getValue());
        given().header("If-None-Match", etag).when().get("/api/v1/feeds/exercises.atom").then().statusCode(304);
        given().accept("application/json").when().get("/api/v1/feeds/exercises.atom").then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
    }

    private static String containsAtom() {
        return "application/atom+xml";
    }

    @Test
    void anExerciseIsShownWithoutAnyoneNamed() {
        given().when().get("/api/v1/exercises/listening-to-shame").then().statusCode(200)
                .body("source.creator", equalTo("Brené Brown"))
                .body("suggestedBy", nullValue())
                .body("declineReason", nullValue())
                .body("prompts.size()", greaterThanOrEqualTo(3));
    }
}
