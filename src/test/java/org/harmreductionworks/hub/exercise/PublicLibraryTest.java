package org.harmreductionworks.hub.exercise;

import static io.restassured.RestAssured.given;
import static org.harmreductionworks.hub.exercise.ExerciseResourceTest.as;
import static org.harmreductionworks.hub.exercise.ExerciseResourceTest.exercise;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Signed-out readers get kept answers from the library (PublicLibrary); each change shows in the next read. */
@QuarkusTest
class PublicLibraryTest {

    /** A word no other test's exercise has, so that a search finds only this test's. */
    private static String unusualWord() {
        StringBuilder word = new StringBuilder("kept");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }

    private static String published(String group, String title) {
        String slug = as(TestTokens.host()).body(Map.of("groupSlug", group, "exercise", exercise(title)))
                .when().post("/api/v1/exercises").then().statusCode(201).extract().path("slug");
        as(TestTokens.steward()).when().post("/api/v1/review/exercises/" + slug + "/publication").then()
                .statusCode(200);
        return slug;
    }

    @Test
    void aStewardsEditIsInTheNextReadOfTheExerciseAndOfTheLibrary() {
        String word = unusualWord();
        String slug = published(ExerciseResourceTest.hostedGroup("Keptville", 12.0, 12.0), "Voices " + word);
        int revision = given().when().get("/api/v1/exercises/" + slug).then().statusCode(200)
                .body("title", equalTo("Voices " + word)).extract().path("revision");
        given().queryParam("q", word).when().get("/api/v1/exercises").then().statusCode(200)
                .body("items[0].title", equalTo("Voices " + word));

        Map<String, Object> edited = exercise("Echoes " + word);
        as(TestTokens.steward()).body(Map.of("exercise", edited, "revision", revision)).when()
                .put("/api/v1/exercises/" + slug).then().statusCode(200);

        given().when().get("/api/v1/exercises/" + slug).then().statusCode(200)
                .body("title", equalTo("Echoes " + word)).body("revision", equalTo(revision + 1));
        given().queryParam("q", word).when().get("/api/v1/exercises").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].title", equalTo("Echoes " + word));
    }

    @Test
    void aLoggedMeetingCountsInTheNextRead() {
        String word = unusualWord();
        String group = ExerciseResourceTest.hostedGroup("Countville", 13.0, 13.0);
        String slug = published(group, "Voices " + word);
        given().when().get("/api/v1/exercises/" + slug).then().body("timesUsed", equalTo(0));
        given().queryParam("q", word).when().get("/api/v1/exercises").then().body("items[0].timesUsed", equalTo(0));

        Map<String, Object> entry = new HashMap<>();
        entry.put("date", LocalDate.now(ZoneId.of("America/New_York")).minusDays(1).toString());
        entry.put("meeting", "open");
        entry.put("exerciseSlug", slug);
        entry.put("headcount", "6-10");
        entry.put("rating", 4);
        entry.put("note", null);
        entry.put("shareNote", false);
        int id = as(TestTokens.host()).body(entry).when().post("/api/v1/groups/" + group + "/meetings").then()
                .statusCode(201).extract().path("id");

        given().when().get("/api/v1/exercises/" + slug).then().body("timesUsed", equalTo(1));
        given().queryParam("q", word).when().get("/api/v1/exercises").then().body("items[0].timesUsed", equalTo(1));

        as(TestTokens.host()).when().delete("/api/v1/groups/" + group + "/meetings/" + id).then().statusCode(204);
        given().when().get("/api/v1/exercises/" + slug).then().body("timesUsed", equalTo(0));
    }
}
