package org.harmreductionworks.hub.group;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.harmreductionworks.hub.common.web.AppPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The pages the server writes follow the reader's language: the one they picked in the app (its cookie), else their
 * browser's, else English. The tests run without a built web app, so they serve the app's own index.html.
 */
@QuarkusTest
class PagesInTheReadersLanguageTest {

    @BeforeEach
    void serveTheAppsPage() throws Exception {
        QuarkusMock.installMockForType(new AppPage(Optional.of(Files.readString(Path.of("frontend/index.html")))),
                AppPage.class);
    }

    @Test
    void thePlainPageIsInTheBrowsersLanguage() {
        Response spanish = given().header("Accept-Language", "es-MX,es;q=0.9").when().get("/");
        spanish.then().statusCode(200).header("Content-Language", "es");
        assertTrue(spanish.asString().contains("<html lang=\"es\">"));
        assertTrue(spanish.asString().contains("Este sitio necesita JavaScript"));
        assertVariesByLanguageAndCookie(spanish);

        Response english = given().header("Accept-Language", "fr").when().get("/");
        assertTrue(english.asString().contains("<html lang=\"en\">"));
        assertTrue(english.asString().contains("This site needs JavaScript"));
        // A copy in one language is never confirmed as current for the other.
        given().header("Accept-Language", "es").header("If-None-Match", english.header("ETag"))
                .when().get("/").then().statusCode(200);
        given().header("Accept-Language", "es").header("If-None-Match", spanish.header("ETag"))
                .when().get("/").then().statusCode(304);
    }

    @Test
    void aLanguagePickedInTheAppWinsOverTheBrowsers() {
        String english = given().cookie("hrw-lang", "en").header("Accept-Language", "es").when().get("/")
                .then().statusCode(200).header("Content-Language", "en").extract().asString();
        assertTrue(english.contains("<html lang=\"en\">"));
        String spanish = given().cookie("hrw-lang", "es").header("Accept-Language", "en-US").when().get("/")
                .then().statusCode(200).extract().asString();
        assertTrue(spanish.contains("<html lang=\"es\">") && spanish.contains("Actívalo o prueba con otro navegador"));
    }

    @Test
    void theFindersFirstResultsInSpanish() {
        GroupResourceTest.registerAndApprove(GroupResourceTest.listing("Lago Quieto", 63.0, 63.0));
        String path = "/groups?lat=63.0&lon=63.01&radiusKm=10";
        Response spanish = given().cookie("hrw-lang", "es").header("Accept-Language", "en-US").urlEncodingEnabled(false)
                .when().get(path);
        spanish.then().statusCode(200).header("Content-Language", "es");
        assertVariesByLanguageAndCookie(spanish);
        String page = spanish.asString();
        assertTrue(page.contains("<html lang=\"es\">"), page);
        String results = page.substring(page.indexOf("<section class=\"first-results\""),
                page.indexOf("</section>"));
        // The cookie chose the words; the browser's region (en-US) still leads with miles.
        assertTrue(results.contains("1 grupo a menos de 6 mi de la ubicación compartida"), results);
        assertTrue(results.contains("Harm Reduction Works-HRW Lago Quieto"), results);
        assertTrue(results.contains("reunión abierta"), results);
        assertTrue(results.contains("próxima: martes "), results);
        assertTrue(results.contains(" de ") && results.contains("(hora de New York)"), results);
        for (String english : List.of("group within", "open meeting", "next:", "Tuesday", " away", "time)")) {
            assertFalse(results.contains(english), english + " in " + results);
        }

        String inEnglish = given().urlEncodingEnabled(false).when().get(path).asString();
        String englishResults = inEnglish.substring(inEnglish.indexOf("<section class=\"first-results\""),
                inEnglish.indexOf("</section>"));
        assertTrue(englishResults.contains("1 group within 6 mi of the shared location"), englishResults);
        assertTrue(englishResults.contains("next: Tuesday "), englishResults);
        assertTrue(inEnglish.contains("<html lang=\"en\">"));
    }

    @Test
    void aSpanishReaderChoosesAmongTownsInSpanish() {
        String page = given().header("Accept-Language", "es").urlEncodingEnabled(false)
                .when().get("/groups?near=Springfield").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h2 id=\"first-results-heading\">¿Cuál Springfield?</h2>"), page);
    }

    private static void assertVariesByLanguageAndCookie(Response response) {
        List<String> vary = response.headers().getValues("Vary").stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
        assertTrue(vary.contains("accept-language") && vary.contains("cookie"), vary.toString());
    }
}
