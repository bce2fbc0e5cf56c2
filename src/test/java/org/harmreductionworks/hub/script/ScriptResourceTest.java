package org.harmreductionworks.hub.script;

import org.harmreductionworks.hub.common.MeetingType;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmreductionworks.hub.common.error.Problem;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Version 1 is the script the service ships with; these tests read it through every door. */
@QuarkusTest
class ScriptResourceTest {

    private static final String V1 = "/api/v1/script/versions/1";

    @Test
    void anOpenMeetingReadsTheOpenWelcomeAndNotTheFocusedOne() {
        given().queryParam("meeting", "open").queryParam("lang", "en")
                .when().get(V1)
                .then().statusCode(200)
                .contentType("application/json")
                .body("version", equalTo(1))
                .body("meeting", equalTo("open"))
                .body("language", equalTo("en"))
                .body("sections.key", hasItems("opening", "welcome-open", "agreements", "exercise", "closing"))
                .body("sections.key", not(hasItem("welcome-focused")))
                .body("sections.audience", everyItem(is(org.hamcrest.Matchers.oneOf("all", "open"))));
    }

    @Test
    void aFocusedMeetingReadsTheFocusedWelcome() {
        given().queryParam("meeting", "focused")
                .when().get(V1)
                .then().statusCode(200)
                .body("sections.key", hasItem("welcome-focused"))
                .body("sections.key", not(hasItem("welcome-open")));
    }

    @Test
    void withoutAMeetingTypeEverySectionIsMarkedWithItsAudience() {
        given().when().get(V1)
                .then().statusCode(200)
                .body("meeting", equalTo(null))
                .body("sections.key", hasItems("welcome-open", "welcome-focused"))
                .body("sections.find { it.key == 'welcome-open' }.audience", equalTo("open"))
                .body("sections.find { it.key == 'welcome-focused' }.audience", equalTo("focused"))
                .body("sections.find { it.key == 'agreements' }.kind", equalTo("read-aloud"))
                .body("sections.find { it.key == 'before-you-begin' }.kind", equalTo("host-note"));
    }

    @Test
    void theWholeMeetingFitsSixtyToNinetyMinutes() {
        given().when().get(V1)
                .then().statusCode(200)
                .body("minutes.open", allOf(greaterThanOrEqualTo(60), lessThanOrEqualTo(90)))
                .body("minutes.focused", allOf(greaterThanOrEqualTo(60), lessThanOrEqualTo(90)))
                .body("sections.find { it.key == 'exercise' }.minutes",
                        allOf(greaterThanOrEqualTo(10), lessThanOrEqualTo(20)));
    }

    @Test
    void spanishIsChosenByParameterOrByAcceptLanguage() {
        given().queryParam("lang", "es").queryParam("meeting", "open")
                .when().get(V1)
                .then().statusCode(200)
                .body("language", equalTo("es"))
                .body("sections.find { it.key == 'opening' }.body", containsString("Harm Reduction Works-HRW"))
                .body("sections.find { it.key == 'what-harm-reduction-means' }.body",
                        containsString("reducción de daños"));
        given().header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                .when().get(V1)
                .then().statusCode(200)
                .body("language", equalTo("es"));
    }

    @Test
    void markdownTextAndHtmlCarryTheChosenWelcomeOnly() {
        String openTitle = given().queryParam("meeting", "open").when().get(V1)
                .then().extract().path("sections.find { it.key == 'welcome-open' }.title");
        String focusedTitle = given().queryParam("meeting", "focused").when().get(V1)
                .then().extract().path("sections.find { it.key == 'welcome-focused' }.title");

        String markdown = given().accept("text/markdown").queryParam("meeting", "open").when().get(V1)
                .then().statusCode(200).contentType(startsWith("text/markdown")).extract().asString();
        assertTrue(markdown.startsWith("# Harm Reduction Works-HRW"), markdown);
        assertTrue(markdown.contains("## " + openTitle));
        assertTrue(!markdown.contains("## " + focusedTitle) || openTitle.equals(focusedTitle));

        String text = given().queryParam("format", "text").queryParam("meeting", "focused").when().get(V1)
                .then().statusCode(200).contentType(startsWith("text/plain")).extract().asString();
        assertTrue(text.contains(focusedTitle));
        assertTrue(!text.contains("**"), "plain text has no Markdown emphasis");

        String html = given().accept("text/html").queryParam("meeting", "open").when().get(V1)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", allOf(containsString("style-src 'sha256-"),
                        not(containsString("script-src"))))
                .extract().asString();
        assertTrue(html.contains("<section id=\"welcome-open\""));
        assertTrue(!html.contains("id=\"welcome-focused\""));
        assertTrue(!html.contains("<script"));
    }

    @Test
    void thePdfHoldsTheChosenWelcomePageNumbersAndTheEdition() throws IOException {
        String openBody = given().queryParam("meeting", "open").queryParam("format", "text").when().get(V1)
                .then().extract().asString();
        Response pdf = given().accept("application/pdf").queryParam("meeting", "focused")
                .queryParam("paper", "a4").when().get(V1);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.contentType());
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(document.getNumberOfPages() > 1);
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), text);
            assertTrue(text.contains("Version 1"), "edition in the footer");
            String focusedTitle = given().queryParam("meeting", "focused").when().get(V1)
                    .then().extract().path("sections.find { it.key == 'welcome-focused' }.title");
            assertTrue(text.contains(focusedTitle));
            assertTrue(text.contains("This is a focused meeting."), "the focused welcome is read");
            assertTrue(!text.contains("This is an open meeting."), "the open welcome is not");
            // A4 is 595 x 842 points; Letter would be 612 x 792.
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()));
        }
        assertTrue(openBody.length() > 1000);
    }

    @Test
    void theLetterPdfIsLetterSizedAndSpanishSaysPagina() throws IOException {
        byte[] pdf = given().queryParam("format", "pdf").queryParam("lang", "es").when().get(V1)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(612, Math.round(document.getPage(0).getMediaBox().getWidth()));
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Página 1 de"), text);
        }
    }

    @Test
    void spanishHostNotesAreMarkedForThePersonWhoHosts() {
        for (String format : List.of("markdown", "text", "html")) {
            String spanish = given().queryParam("lang", "es").queryParam("format", format).when().get(V1)
                    .then().statusCode(200).extract().asString();
            assertTrue(spanish.contains("Nota para la persona anfitriona"), format);
            assertTrue(!spanish.contains("quien anfitriona"), format);
        }
    }

    @Test
    void versionOneSaysItIsTheHubsVersionPreparedFromTheFoundations() {
        given().when().get("/api/v1/script/versions/1")
                .then().statusCode(200)
                .body("summary", allOf(containsString("The hub's version"),
                        containsString("prepared from HRH413's Foundations text"),
                        not(containsString("first published"))));
    }

    @Test
    void theSpanishCorrectionsAreTheNextVersionAndVersionOneStaysAsPublished() {
        Response corrected = given().queryParam("lang", "es").when().get("/api/v1/script/versions/2");
        corrected.then().statusCode(200)
                .body("summary", startsWith("Corrects the Spanish text"))
                .body("sections.find { it.key == 'before-you-begin' }.body",
                        allOf(containsString("Haz la reunión de todos modos."), not(containsString("Hagan"))))
                .body("sections.find { it.key == 'opening' }.body", allOf(
                        startsWith("Bienvenidas y bienvenidos."),
                        containsString("la reunión les va a resultar familiar"),
                        containsString("(Persona anfitriona: usa solo tu primer nombre")))
                .body("sections.find { it.key == 'welcome-focused' }.body",
                        containsString("también son bienvenidas y bienvenidos."))
                .body("sections.find { it.key == 'closing' }.body",
                        allOf(containsString("Gracias a todas y a todos"), not(containsString("verlos"))))
                .body("sections.body", everyItem(allOf(not(containsString("Anfitrión/a")),
                        not(containsString("anfitrión o anfitriona")), not(containsString("Bienvenidos")))));
        given().queryParam("lang", "es").when().get(V1)
                .then().statusCode(200)
                .body("sections.find { it.key == 'opening' }.body", containsString("se les va a hacer conocida"));
        given().queryParam("from", 1).queryParam("lang", "en").when().get("/api/v1/script/versions/2/changes")
                .then().statusCode(200)
                .body("sections.size()", equalTo(0));
    }

    @Test
    void anUnofferedMediaTypeIsA406ThatListsTheOffer() {
        given().accept("application/xml")
                .when().get("/api/v1/script")
                .then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", allOf(containsString("text/markdown"), containsString("application/pdf")));
    }

    @Test
    void anUnknownMeetingTypeIsA400NamingTheParameter() {
        given().queryParam("meeting", "closed")
                .when().get("/api/v1/script")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("meeting"))
                .body("violations[0].message", containsString("open, focused"));
    }

    @Test
    void publishedVersionsAreCachedForAYearAndRevalidateWith304() {
        Response first = given().queryParam("meeting", "open").when().get(V1);
        first.then().statusCode(200)
                .header("Cache-Control", containsString("immutable"))
                .header("Vary", allOf(containsString("Accept"), containsString("Accept-Language")))
                .header("Last-Modified", notNullValue());
        String etag = first.header("ETag");
        assertTrue(etag.startsWith("\""), "a strong validator");

        given().queryParam("meeting", "open").header("If-None-Match", etag)
                .when().get(V1)
                .then().statusCode(304)
                .header("ETag", equalTo(etag));
        given().queryParam("meeting", "open").header("If-Modified-Since", first.header("Last-Modified"))
                .when().get(V1)
                .then().statusCode(304);
        // A different representation has a different validator.
        given().queryParam("meeting", "focused").header("If-None-Match", etag)
                .when().get(V1)
                .then().statusCode(200);
    }

    @Test
    void theCurrentScriptRevalidatesSooner() {
        given().queryParam("meeting", "open")
                .when().get("/api/v1/script")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .header("ETag", notNullValue());
    }

    @Test
    void versionsAreListedNewestFirstWithPaging() {
        given().queryParam("size", 1)
                .when().get("/api/v1/script/versions")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(1))
                .body("items.size()", equalTo(1));
        given().queryParam("size", 101).when().get("/api/v1/script/versions")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void anUnknownVersionIsA404Problem() {
        given().when().get("/api/v1/script/versions/999")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theChangesViewNeedsAnOlderVersion() {
        given().when().get("/api/v1/script/versions/1/changes")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }
}
