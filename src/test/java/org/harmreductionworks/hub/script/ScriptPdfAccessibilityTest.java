package org.harmreductionworks.hub.script;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.harmreductionworks.hub.testing.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every PDF rendition of the script, as the API serves it, is checked by veraPDF against PDF/UA-1 (accessible: tagged,
 * in a stated language, its title shown, fonts embedded) and PDF/A-2a and 2b (self-contained for archiving). A failure
 * names each broken rule with its id and description, so the fix can start from the message.
 */
@DatabaseIndependent
@QuarkusTest
class ScriptPdfAccessibilityTest {

    /** Each rendition checked is also left here, for a person to open. */
    private static final Path OUTPUT = Path.of("target", "script-pdfs");

    static Stream<Arguments> renditions() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : List.of("en", "es")) {
            for (String meeting : List.of("open", "focused", "")) {
                for (String paper : List.of("letter", "a4")) {
                    all.add(Arguments.of(lang, meeting, paper));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("renditions")
    void everyPdfRenditionPassesVeraPdfsPdfUaAndPdfAProfiles(String lang, String meeting, String paper)
            throws Exception {
        byte[] pdf = fetchPdf(lang, meeting, paper);
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("script-" + lang + "-" + (meeting.isEmpty() ? "all" : meeting) + "-" + paper
                + ".pdf"), pdf);

        List<String> broken = VeraPdf.violations(pdf, VeraPdf.SCRIPT_PROFILES);
        if (!broken.isEmpty()) {
            fail("veraPDF: " + broken.size() + " rule(s) broken in the " + lang + " " + meeting + " " + paper
                    + " PDF (" + pdf.length + " bytes):\n  " + String.join("\n  ", broken));
        }
    }

    @Test
    void theSpanishPdfIsTaggedWithItsHeadingsParagraphsAndListsInSpanishAndShowsItsTitle() throws Exception {
        assertTaggedLikeThePage("es", "Harm Reduction Works-HRW: Guion de la reunión");
    }

    @Test
    void theEnglishPdfIsTaggedWithItsHeadingsParagraphsAndListsInEnglishAndShowsItsTitle() throws Exception {
        assertTaggedLikeThePage("en", "Harm Reduction Works-HRW: Meeting script");
    }

    private static void assertTaggedLikeThePage(String lang, String title) throws Exception {
        List<String> sections = given().queryParam("lang", lang).queryParam("meeting", "open")
                .when().get("/api/v1/script").then().statusCode(200).extract().path("sections.title");
        try (PDDocument document = Loader.loadPDF(fetchPdf(lang, "open", "a4"))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertEquals(lang, catalog.getLanguage());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "a viewer shows the title, not the file name");
            assertEquals(title, document.getDocumentInformation().getTitle());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertNotNull(catalog.getStructureTreeRoot(), "tagged");

            Map<String, Integer> tags = new TreeMap<>();
            count(catalog.getStructureTreeRoot(), tags);
            assertEquals(1, tags.getOrDefault("H1", 0), tags.toString());
            assertEquals(sections.size(), tags.getOrDefault("H2", 0), "one H2 per section: " + tags);
            assertTrue(tags.getOrDefault("P", 0) > sections.size(), "paragraphs: " + tags);
            // The agreements are a bulleted list.
            assertTrue(tags.getOrDefault("L", 0) >= 1, "lists: " + tags);
            assertEquals(tags.get("LI"), tags.get("LBody"), tags.toString());
            assertTrue(tags.getOrDefault("LI", 0) >= 5, "list items: " + tags);

            // The text reads back (fonts carry their Unicode mapping), and the page furniture is there to see.
            String text = new PDFTextStripper().getText(document);
            for (String section : sections) {
                assertTrue(text.contains(section), section);
            }
        }
    }

    private static void count(PDStructureNode node, Map<String, Integer> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.merge(element.getStructureType(), 1, Integer::sum);
                count(element, tags);
            }
        }
    }

    private static byte[] fetchPdf(String lang, String meeting, String paper) {
        RequestSpecification request = given().queryParam("format", "pdf").queryParam("lang", lang)
                .queryParam("paper", paper);
        if (!meeting.isEmpty()) {
            request.queryParam("meeting", meeting);
        }
        byte[] pdf = request.when().get("/api/v1/script").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertTrue(pdf.length > 1000);
        return pdf;
    }
}
