package org.harmreductionworks.hub.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the PDF Association's reference validator, with its own PDF parser (not PDFBox, which wrote the file), as
 * the tests use it: which rules of a profile a PDF breaks.
 */
public final class VeraPdf {

    /** What the script PDF claims and is held to: accessible (PDF/UA-1), archivable (PDF/A-2a, so also 2b). */
    public static final List<PDFAFlavour> SCRIPT_PROFILES = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A,
            PDFAFlavour.PDFA_2_B);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** One line per broken rule of each profile: profile, rule id, failed checks, and the rule's description. */
    public static List<String> violations(byte[] pdf, List<PDFAFlavour> profiles) throws Exception {
        List<String> lines = new ArrayList<>();
        for (PDFAFlavour profile : profiles) {
            lines.addAll(violations(pdf, profile));
        }
        return lines;
    }

    public static List<String> violations(byte[] pdf, PDFAFlavour profile) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
                RuleId id = failed.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                lines.add(profile.getId() + " " + id.getClause() + "-" + id.getTestNumber() + " (" + failed.getValue()
                        + "x): " + (rule == null ? "" : rule.getDescription()));
            }
            if (lines.isEmpty()) {
                lines.add(profile.getId() + ": not compliant (" + result.getJobEndStatus() + ")");
            }
            lines.sort(null);
            return lines;
        }
    }
}
