package org.harmreductionworks.hub.script.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmreductionworks.hub.common.MeetingType;
import org.harmreductionworks.hub.common.markdown.SafeMarkdown;
import org.harmreductionworks.hub.script.Audience;
import org.harmreductionworks.hub.script.Paper;
import org.harmreductionworks.hub.script.ScriptDocument;
import org.harmreductionworks.hub.script.ScriptLanguage;
import org.harmreductionworks.hub.script.SectionKind;
import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.harmreductionworks.hub.testing.VeraPdf;
import org.junit.jupiter.api.Test;

/** The PDF writer on its own, with text a steward might publish rather than the shipped script. */
@DatabaseIndependent
class PdfScriptWriterTest {

    /** Everything Spanish writes beyond ASCII, and the typographic punctuation a script may use. */
    private static final String SPANISH = "¡Hola! ¿Qué tal? Ñandú, pingüino, acción, él, ahí, ágil, último. "
            + "ÁÉÍÓÚÜÑ áéíóúüñ «comillas» “comillas” ‘simples’ – guion — raya… 5 € · fin.";

    @Test
    void spanishAndTypographicCharactersAreEmbeddedAndReadBackExactly() throws Exception {
        byte[] pdf = PdfScriptWriter.write(document(ScriptLanguage.ES, section("Primera parte", SPANISH)), Paper.A4);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(SPANISH), text);
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    // A subset: six capital letters and a plus before the font's name.
                    assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVu.*"), font.getName());
                }
            }
        }
        assertEquals(List.of(), VeraPdf.violations(pdf, VeraPdf.SCRIPT_PROFILES));
    }

    @Test
    void aDraftPreviewIsAsAccessibleAsAPublishedVersion() throws Exception {
        ScriptDocument draft = new ScriptDocument(null, "draft", null, null, ScriptLanguage.EN, MeetingType.OPEN,
                new ScriptDocument.Minutes(60, 60), List.of(section("Opening", "Welcome, everyone.")));
        byte[] pdf = PdfScriptWriter.write(draft, Paper.LETTER);
        assertEquals(List.of(), VeraPdf.violations(pdf, VeraPdf.SCRIPT_PROFILES));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertNotNull(document.getDocumentCatalog().getStructureTreeRoot());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void everythingMarkdownLetsAStewardWriteStaysAccessible() throws Exception {
        String markdown = """
                # A heading inside a section

                Some *emphasis*, **strong** and `code`, and a [link](https://example.org/page).

                ![A picture on another host](https://example.org/picture.png)

                ## A smaller heading

                1. First
                2. Second
                   - nested
                   - list

                > A quotation.

                ---

                ###### The smallest heading

                    indented code
                """;
        byte[] pdf = PdfScriptWriter.write(document(ScriptLanguage.EN, section("Everything", markdown)),
                Paper.LETTER);
        assertEquals(List.of(), VeraPdf.violations(pdf, VeraPdf.SCRIPT_PROFILES));
    }

    private static ScriptDocument document(ScriptLanguage language, ScriptDocument.Section section) {
        return new ScriptDocument(3, "published", OffsetDateTime.of(2026, 3, 3, 12, 0, 0, 0, ZoneOffset.UTC),
                "Test", language, MeetingType.OPEN, new ScriptDocument.Minutes(60, 60), List.of(section));
    }

    private static ScriptDocument.Section section(String title, String markdown) {
        return new ScriptDocument.Section("part", title, Audience.ALL, SectionKind.READ_ALOUD, 2, markdown,
                SafeMarkdown.toHtml(markdown));
    }
}
