package org.harmreductionworks.hub.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The Atom feeds' own words follow Accept-Language; a copy in one language is never taken for the other. */
@QuarkusTest
class AtomFeedLanguageTest {

    @Test
    void theExercisesFeedInSpanish() throws Exception {
        Response spanish = given().header("Accept-Language", "es-MX").when().get("/api/v1/feeds/exercises.atom");
        spanish.then().statusCode(200).header("Content-Language", "es");
        assertTrue(spanish.headers().getValues("Vary").toString().contains("Accept-Language"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(spanish.asString()));
        assertEquals("Harm Reduction Works-HRW: ejercicios nuevos", feed.getTitle());
        assertTrue(feed.getDescription().startsWith("Lecturas, podcasts, charlas"), feed.getDescription());
        assertTrue(spanish.asString().contains("xml:lang=\"es\""));
        SyndEntry lost = feed.getEntries().stream().filter(e -> e.getLink().endsWith("/letter-to-someone-we-lost"))
                .findFirst().orElseThrow();
        String summary = lost.getDescription().getValue();
        assertTrue(summary.startsWith("Avisos de contenido: "), summary);
        assertTrue(summary.contains(", unos ") && summary.contains(" minutos; fuente: "), summary);
        for (String english : List.of("new exercises", "Content notes", "minutes; source", "Readings, podcasts")) {
            assertFalse(spanish.asString().contains(english), english);
        }
    }

    @Test
    void theLearningsFeedInBothLanguages() throws Exception {
        SyndFeed english = new SyndFeedInput().build(new StringReader(given().when()
                .get("/api/v1/feeds/learnings.atom").then().statusCode(200).header("Content-Language", "en")
                .extract().asString()));
        SyndFeed spanish = new SyndFeedInput().build(new StringReader(given().header("Accept-Language", "es")
                .when().get("/api/v1/feeds/learnings.atom").then().statusCode(200).extract().asString()));
        assertEquals("Harm Reduction Works-HRW: shared learnings", english.getTitle());
        assertEquals("Harm Reduction Works-HRW: aprendizajes compartidos", spanish.getTitle());
        assertEquals("Lo que a los grupos les ha funcionado, las preguntas que se hacen entre sí, e historias y "
                + "recursos.", spanish.getDescription());
    }

    @Test
    void aCopyInOneLanguageIsNeverConfirmedForTheOther() {
        Response english = given().header("Accept-Language", "en").when().get("/api/v1/feeds/exercises.atom");
        Response spanish = given().header("Accept-Language", "es").when().get("/api/v1/feeds/exercises.atom");
        assertNotEquals(english.header("ETag"), spanish.header("ETag"));
        // A cache revalidating its English copy for a Spanish reader gets the Spanish feed, not a 304.
        Response asked = given().header("Accept-Language", "es").header("If-None-Match", english.header("ETag"))
                .when().get("/api/v1/feeds/exercises.atom");
        asked.then().statusCode(200);
        assertTrue(asked.asString().contains("ejercicios nuevos"));
        given().header("Accept-Language", "es").header("If-None-Match", spanish.header("ETag"))
                .when().get("/api/v1/feeds/exercises.atom").then().statusCode(304);
        // And the English copy stays English after a Spanish one was written.
        assertTrue(given().when().get("/api/v1/feeds/exercises.atom").asString().contains("new exercises"));
    }
}
