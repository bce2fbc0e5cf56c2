package org.harmreductionworks.hub.script;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ScriptDraftResourceTest {

    private static final String DRAFTS = "/api/v1/script/drafts";

    private static RequestSpecification steward() {
        return given().auth().oauth2(TestTokens.steward());
    }

    @BeforeEach
    void noDraftIsOpen() {
        List<Integer> open = steward().when().get(DRAFTS).then().statusCode(200).extract().path("id");
        open.forEach(id -> steward().when().delete(DRAFTS + "/" + id).then().statusCode(204));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().when().post(DRAFTS).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().when().get(DRAFTS).then().statusCode(401);
    }

    @Test
    void hostsAndNewcomersMayNotEditTheScript() {
        given().auth().oauth2(TestTokens.host()).when().post(DRAFTS)
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(TestTokens.newcomer()).when().get(DRAFTS).then().statusCode(403);
    }

    @Test
    void aDraftStartsAsACopyOfTheCurrentVersionAndOnlyOneIsOpen() {
        int current = given().when().get("/api/v1/script").then().statusCode(200).extract().path("version");
        steward().when().post(DRAFTS)
                .then().statusCode(201)
                .header("Location", containsString(DRAFTS + "/"))
                .body("basedOn", equalTo(current))
                .body("sections.en.key", hasItem("agreements"))
                .body("sections.es.key", hasItem("agreements"));
        steward().when().post(DRAFTS).then().statusCode(409).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void twoStewardsEditingTheSameSectionCannotOverwriteEachOther() {
        int id = steward().when().post(DRAFTS).then().statusCode(201).extract().path("id");
        Map<String, Object> closing = section(id, "en", "closing");
        long revision = ((Number) closing.get("revision")).longValue();

        steward().contentType(ContentType.JSON).body(edit(closing, "First steward's closing.", revision))
                .when().put(DRAFTS + "/" + id + "/sections/en/closing")
                .then().statusCode(200)
                .body("body", equalTo("First steward's closing."))
                .body("revision", equalTo((int) revision + 1));
        steward().contentType(ContentType.JSON).body(edit(closing, "Second steward's closing.", revision))
                .when().put(DRAFTS + "/" + id + "/sections/en/closing")
                .then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:stale-edit"));
        assertEquals("First steward's closing.", section(id, "en", "closing").get("body"));
    }

    @Test
    void rawHtmlInASectionIsRefused() {
        int id = steward().when().post(DRAFTS).then().statusCode(201).extract().path("id");
        Map<String, Object> opening = section(id, "en", "opening");
        steward().contentType(ContentType.JSON)
                .body(edit(opening, "Welcome <script>alert(1)</script>", ((Number) opening.get("revision")).longValue()))
                .when().put(DRAFTS + "/" + id + "/sections/en/opening")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void aDraftCanBePreviewedInEveryFormatWithoutBeingCached() {
        int id = steward().when().post(DRAFTS).then().statusCode(201).extract().path("id");
        for (String format : List.of("json", "markdown", "text", "html", "pdf")) {
            steward().queryParam("format", format).queryParam("meeting", "open")
                    .when().get(DRAFTS + "/" + id + "/preview")
                    .then().statusCode(200)
                    .header("Cache-Control", containsString("no-store"));
        }
        steward().queryParam("meeting", "open").when().get(DRAFTS + "/" + id + "/preview")
                .then().body("status", equalTo("draft"));
    }

    @Test
    void aSectionChangedInOneLanguageOnlyIsReportedUntilTheOtherCatchesUp() {
        int id = steward().when().post(DRAFTS).then().statusCode(201).extract().path("id");
        steward().when().get(DRAFTS + "/" + id).then().body("oneLanguageChanges", org.hamcrest.Matchers.empty());
        Map<String, Object> closing = section(id, "en", "closing");
        long revision = ((Number) closing.get("revision")).longValue();
        steward().contentType(ContentType.JSON).body(edit(closing, "A shorter closing.", revision))
                .when().put(DRAFTS + "/" + id + "/sections/en/closing").then().statusCode(200);

        steward().when().get(DRAFTS + "/" + id).then()
                .body("oneLanguageChanges.key", equalTo(List.of("closing")))
                .body("oneLanguageChanges[0].title", equalTo(closing.get("title")))
                .body("oneLanguageChanges[0].changedIn", equalTo(List.of("en")))
                .body("oneLanguageChanges[0].unchangedIn", equalTo(List.of("es")));

        Map<String, Object> cierre = section(id, "es", "closing");
        steward().contentType(ContentType.JSON)
                .body(edit(cierre, "Un cierre más corto.", ((Number) cierre.get("revision")).longValue()))
                .when().put(DRAFTS + "/" + id + "/sections/es/closing").then().statusCode(200);
        steward().when().get(DRAFTS + "/" + id).then().body("oneLanguageChanges", org.hamcrest.Matchers.empty());
    }

    @Test
    void aSectionPutBackAsItWasIsNoLongerReportedAsChanged() {
        int id = steward().when().post(DRAFTS).then().statusCode(201).extract().path("id");
        Map<String, Object> opening = section(id, "es", "opening");
        String original = (String) opening.get("body");
        steward().contentType(ContentType.JSON)
                .body(edit(opening, original + "\n\nBienvenidos.", ((Number) opening.get("revision")).longValue()))
                .when().put(DRAFTS + "/" + id + "/sections/es/opening").then().statusCode(200);
        steward().when().get(DRAFTS + "/" + id).then().body("oneLanguageChanges[0].changedIn", equalTo(List.of("es")));
        Map<String, Object> edited = section(id, "es", "opening");
        steward().contentType(ContentType.JSON)
                .body(edit(edited, original, ((Number) edited.get("revision")).longValue()))
                .when().put(DRAFTS + "/" + id + "/sections/es/opening").then().statusCode(200);
        steward().when().get(DRAFTS + "/" + id).then().body("oneLanguageChanges", org.hamcrest.Matchers.empty());
    }

    @Test
    void aDraftThatBreaksTheMeetingLengthCannotBePublished() {
        int id = steward().when().post(DRAFTS).then().statusCode(201).extract().path("id");
        Map<String, Object> discussion = section(id, "en", "discussion");
        Map<String, Object> longer = new java.util.HashMap<>(edit(discussion, (String) discussion.get("body"),
                ((Number) discussion.get("revision")).longValue()));
        longer.put("minutes", 90);
        steward().contentType(ContentType.JSON).body(longer)
                .when().put(DRAFTS + "/" + id + "/sections/en/discussion").then().statusCode(200);
        long draftRevision = ((Number) steward().when().get(DRAFTS + "/" + id).then().extract().path("revision"))
                .longValue();
        steward().contentType(ContentType.JSON).body(Map.of("summary", "Longer discussion", "revision", draftRevision))
                .when().post(DRAFTS + "/" + id + "/publish")
                .then().statusCode(409)
                .body("detail", containsString("minutes"));
    }

    @Test
    void publishingMakesTheNextVersionCurrentAndLeavesTheOldOneUntouched() {
        String v1Before = given().queryParam("format", "markdown").queryParam("meeting", "open")
                .when().get("/api/v1/script/versions/1").then().statusCode(200).extract().asString();

        int id = steward().when().post(DRAFTS).then().statusCode(201).extract().path("id");
        Map<String, Object> agreements = section(id, "en", "agreements");
        String newBody = agreements.get("body") + "\n\nPhones on silent, please.";
        steward().contentType(ContentType.JSON)
                .body(edit(agreements, newBody, ((Number) agreements.get("revision")).longValue()))
                .when().put(DRAFTS + "/" + id + "/sections/en/agreements").then().statusCode(200);
        steward().contentType(ContentType.JSON)
                .body(Map.of("key", "tea", "title", "Tea and coffee", "audience", "all", "kind", "host-note",
                        "minutes", 0, "body", "Put the kettle on before people arrive.", "afterKey", "before-you-begin"))
                .when().post(DRAFTS + "/" + id + "/sections/en").then().statusCode(201);
        steward().contentType(ContentType.JSON)
                .body(Map.of("key", "tea", "title", "Té y café", "audience", "all", "kind", "host-note",
                        "minutes", 0, "body", "Prepara el agua antes de que llegue la gente.", "afterKey",
                        "before-you-begin"))
                .when().post(DRAFTS + "/" + id + "/sections/es").then().statusCode(201);
        long draftRevision = ((Number) steward().when().get(DRAFTS + "/" + id).then().extract().path("revision"))
                .longValue();

        int number = steward().contentType(ContentType.JSON)
                .body(Map.of("summary", "Adds a reminder about phones.", "revision", draftRevision))
                .when().post(DRAFTS + "/" + id + "/publish")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .extract().path("number");

        given().queryParam("meeting", "open").when().get("/api/v1/script")
                .then().statusCode(200)
                .body("version", equalTo(number))
                .body("sections.find { it.key == 'agreements' }.body", containsString("Phones on silent"));

        String v1After = given().queryParam("format", "markdown").queryParam("meeting", "open")
                .when().get("/api/v1/script/versions/1").then().statusCode(200).extract().asString();
        assertEquals(v1Before, v1After, "a published version never changes");

        given().queryParam("from", number - 1).queryParam("lang", "en")
                .when().get("/api/v1/script/versions/" + number + "/changes")
                .then().statusCode(200)
                .body("sections.find { it.key == 'agreements' }.change", equalTo("changed"))
                .body("sections.find { it.key == 'agreements' }.fields", hasItem("body"))
                .body("sections.find { it.key == 'agreements' }.diff", containsString("+Phones on silent, please."))
                .body("sections.find { it.key == 'tea' }.change", equalTo("added"))
                .body("sections.key", not(hasItem("closing")));

        // The published draft is now a version: it can no longer be edited.
        steward().contentType(ContentType.JSON)
                .body(edit(agreements, "Too late", ((Number) agreements.get("revision")).longValue() + 1))
                .when().put(DRAFTS + "/" + id + "/sections/en/agreements")
                .then().statusCode(409);
    }

    @Test
    void aPublishedVersionIsImmutableEvenThroughTheDraftEndpoints() {
        steward().when().delete(DRAFTS + "/1").then().statusCode(409);
        given().when().get("/api/v1/script/versions/1").then().statusCode(200);
    }

    @Test
    void anUnknownLanguageInThePathIsA400() {
        int id = steward().when().post(DRAFTS).then().statusCode(201).extract().path("id");
        steward().contentType(ContentType.JSON).body(Map.of())
                .when().put(DRAFTS + "/" + id + "/sections/fr/opening")
                .then().statusCode(400)
                .body("violations.field", hasItem("lang"));
    }

    private static Map<String, Object> section(int draftId, String language, String key) {
        List<Map<String, Object>> sections = steward().when().get(DRAFTS + "/" + draftId)
                .then().statusCode(200).extract().path("sections." + language);
        return sections.stream().filter(s -> key.equals(s.get("key"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> edit(Map<String, Object> section, String body, long revision) {
        assertTrue(section.containsKey("title"));
        return Map.of("title", section.get("title"), "audience", section.get("audience"), "kind",
                section.get("kind"), "minutes", section.get("minutes"), "body", body, "revision", revision);
    }
}
