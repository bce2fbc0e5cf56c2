package org.harmreductionworks.hub.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The starter library as the hub serves it: what people are warned about, and whether each citation is right. */
@QuarkusTest
class StarterLibraryTest {

    private static final Pattern ISBN_13 = Pattern.compile("(?<![0-9])97[89][0-9]{10}(?![0-9])");

    private static ValidatableResponse piece(String slug) {
        return given().when().get("/api/v1/exercises/" + slug).then().statusCode(200);
    }

    @Test
    void piecesThatTouchOnOverdoseSuicideOrSexualViolenceWarnPeopleBeforehand() {
        Map<String, List<String>> notes = Map.of(
                "everything-you-think-you-know-about-addiction-is-wrong", List.of("overdose"),
                "power-of-addiction-and-addiction-of-power", List.of("suicide"),
                "in-the-realm-of-hungry-ghosts", List.of("sexual-violence", "suicide"),
                "the-recovering", List.of("death", "suicide"));
        notes.forEach((slug, expected) -> piece(slug).body("contentNotes", hasItems(expected.toArray())));
        // The host reads the warning out: how to run each piece says what it is.
        piece("everything-you-think-you-know-about-addiction-is-wrong")
                .body("howToRun", allOf(containsString("could not be woken"), containsString("overdose")));
        piece("power-of-addiction-and-addiction-of-power").body("howToRun", containsString("suicide"));
        piece("in-the-realm-of-hungry-ghosts")
                .body("howToRun", allOf(containsString("sexual abuse"), containsString("suicide")));
        piece("the-recovering").body("howToRun", allOf(containsString("death"), containsString("suicide")));
    }

    @Test
    void summariesTellTheStoryTheBookTells() {
        piece("undoing-drugs").body("summary", allOf(containsString("1986"),
                containsString("visiting outreach worker"), containsString("bleach"), not(containsString("stranger"))));
        piece("fighting-for-space")
                .body("summary", containsString("co-founded the Portland Hotel Society with Mark Townsend"));
    }

    @Test
    void bookCitationsLinkTheBooksOwnPage() {
        piece("raising-lazarus").body("source.url", allOf(containsString("9780316430227"),
                not(containsString("9781549103711"))));
        for (String slug : List.of("over-the-influence", "my-own-harm-reduction-plan")) {
            piece(slug).body("source.url", startsWith("https://www.guilford.com/books/Over-the-Influence/"));
        }
        piece("fighting-for-space").body("source.url", startsWith("https://arsenalpulp.com/Books/"));
    }

    @Test
    void guestSpeakersFitTheExerciseSlotAndSayWhereTheRestGoes() {
        given().queryParam("kind", "guest-speaker").queryParam("size", 100).when().get("/api/v1/exercises")
                .then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(3))
                .body("items.suggestedMinutes", everyItem(allOf(greaterThanOrEqualTo(10), lessThanOrEqualTo(20))));
        for (String slug : List.of("guest-syringe-services-worker", "guest-naloxone-trainer",
                "guest-grief-after-substance-passing")) {
            piece(slug).body("howToRun", allOf(containsString("takes the exercise's place"),
                    containsString("open discussion")));
        }
    }

    @Test
    void everyIsbnInASourceLinkHasAValidCheckDigit() {
        List<String> urls = given().queryParam("size", 100).when().get("/api/v1/exercises").then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class).stream()
                .map(slug -> piece(slug).extract().jsonPath().getString("source.url"))
                .filter(url -> url != null).toList();
        int isbns = 0;
        for (String url : urls) {
            Matcher isbn = ISBN_13.matcher(url);
            while (isbn.find()) {
                isbns++;
                assertEquals(checkDigit(isbn.group()), isbn.group().charAt(12) - '0', url);
            }
        }
        assertTrue(isbns >= 5, "the books are cited by ISBN: " + isbns);
    }

    @Test
    void aSpanishSpeakingGroupFindsPiecesInSpanishEachCitingItsSource() {
        List<String> slugs = given().queryParam("language", "es").queryParam("size", 100).when()
                .get("/api/v1/exercises").then().statusCode(200)
                .body("items.language", everyItem(org.hamcrest.Matchers.equalTo("es")))
                .extract().jsonPath().getList("items.slug", String.class);
        assertTrue(slugs.containsAll(List.of("cultivo-una-rosa-blanca", "caminante-no-hay-camino",
                "dignidad-y-derechos-declaracion-universal")), slugs::toString);
        piece("cultivo-una-rosa-blanca").body("source.creator", org.hamcrest.Matchers.equalTo("José Martí"))
                .body("source.url", startsWith("https://"))
                .body("prompts.size()", greaterThanOrEqualTo(3));
        // The English pieces are not among them.
        given().queryParam("language", "en").queryParam("size", 100).when().get("/api/v1/exercises").then()
                .statusCode(200).body("items.slug", not(org.hamcrest.Matchers.hasItem("caminante-no-hay-camino")));
    }

    private static int checkDigit(String isbn) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (isbn.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
