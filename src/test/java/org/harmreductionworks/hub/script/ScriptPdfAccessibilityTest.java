package org.harmreductionworks.hub.script;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every PDF rendition of the script, as the API serves it, is checked by veraPDF against PDF/UA-1 (accessible: tagged,
 * with a language, a shown title and embedded fonts) and PDF/A-2b (self-contained for archiving). A failure names
 * each broken rule with its id and description, so the fix can start from the message.
 */
@QuarkusTest
class ScriptPdfAccessibilityTest {

    /** Each rendition checked is also left here, for a person to open. */
    private static final Path OUTPUT = Path.of("target", "script-pdfs");

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

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
    void everyPdfRenditionIsAccessibleAndArchivable(String lang, String meeting, String paper) throws Exception {
        byte[] pdf = fetch(lang, meeting, paper);
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("script-" + lang + "-" + (meeting.isEmpty() ? "all" : meeting) + "-" + paper
                + ".pdf"), pdf);

        List<String> failures = new ArrayList<>();
        failures.addAll(violations(pdf, PDFAFlavour.PDFUA_1));
        failures.addAll(violations(pdf, PDFAFlavour.PDFA_2_B));
        failures.addAll(violations(pdf, PDFAFlavour.PDFA_2_A));
        if (!failures.isEmpty()) {
            fail("veraPDF: " + failures.size() + " rule(s) broken in the " + lang + " " + meeting + " " + paper
                    + " PDF (" + pdf.length + " bytes):\n  " + String.join("\n  ", failures));
        }
    }

    private static byte[] fetch(String lang, String meeting, String paper) {
        var request = given().queryParam("format", "pdf").queryParam("lang", lang).queryParam("paper", paper);
        if (!meeting.isEmpty()) {
            request.queryParam("meeting", meeting);
        }
        byte[] pdf = request.when().get("/api/v1/script").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertTrue(pdf.length > 1000);
        return pdf;
    }

    /** One line per broken rule: flavour, rule id, how many checks failed, and the rule's description. */
    static List<String> violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
                RuleId id = failed.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                lines.add(flavour.getId() + " " + id.getClause() + "-" + id.getTestNumber() + " (" + failed.getValue()
                        + "x): " + (rule == null ? "" : rule.getDescription()));
            }
            if (lines.isEmpty()) {
                lines.add(flavour.getId() + ": not compliant (" + result.getJobEndStatus() + ")");
            }
            return lines.stream().sorted().collect(Collectors.toList());
        }
    }
}
