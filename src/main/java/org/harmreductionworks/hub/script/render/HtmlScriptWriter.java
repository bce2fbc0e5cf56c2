package org.harmreductionworks.hub.script.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.script.Paper;
import org.harmreductionworks.hub.script.ScriptDocument;
import org.harmreductionworks.hub.script.SectionKind;

/**
 * The script as one standalone, printable HTML page (well-formed XHTML, so the PDF writer can typeset the same
 * markup). Its only style sheet is inline, allowed by the hash in {@link #contentSecurityPolicy()}; it runs no script.
 */
public final class HtmlScriptWriter {

    private static final String SCREEN_AND_PRINT_CSS = """
            body { font-family: Georgia, 'Times New Roman', serif; font-size: 13pt; line-height: 1.5; color: #1d1d1f; \
            max-width: 40em; margin: 2em auto; padding: 0 1em; }
            h1 { font-family: Helvetica, Arial, sans-serif; font-size: 1.6em; line-height: 1.2; margin: 0 0 0.2em; }
            h2 { font-family: Helvetica, Arial, sans-serif; font-size: 1.2em; margin: 1.6em 0 0.2em; \
            page-break-after: avoid; }
            .edition, .meta { font-family: Helvetica, Arial, sans-serif; color: #4a4a4f; font-size: 0.85em; }
            .meta { margin: 0 0 0.6em; }
            section { page-break-inside: auto; }
            section.host-note { border-left: 4px solid #0f6e6e; background: #eef6f6; padding: 0.2em 1em 0.4em; \
            margin-top: 1.4em; }
            section.host-note h2 { margin-top: 0.6em; }
            footer { margin-top: 3em; font-family: Helvetica, Arial, sans-serif; font-size: 0.8em; color: #4a4a4f; }
            @media print { body { margin: 0; max-width: none; font-size: 12pt; } footer { display: none; } }
            """;

    private static final String STYLE_HASH = Sha256.base64(SCREEN_AND_PRINT_CSS);

    private HtmlScriptWriter() {
    }

    /** The CSP for the standalone page: nothing but its own inline style sheet, no script at all. */
    public static String contentSecurityPolicy() {
        return "default-src 'none'; style-src 'sha256-" + STYLE_HASH + "'; img-src 'self' data:; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    public static String write(ScriptDocument document) {
        return write(document, null);
    }

    /** With a paper size, adds the page rules the PDF writer typesets: size, margins, page numbers and edition. */
    static String write(ScriptDocument document, Paper paper) {
        ScriptLabels labels = ScriptLabels.of(document.language());
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(document.language().code()).append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>")
                .append(escape(labels.heading())).append("</title>\n");
        if (paper != null) {
            // The PDF's document information and XMP metadata are taken from these (the title from <title>).
            out.append("<meta name=\"author\" content=\"").append(escape(Network.NAME)).append("\" />\n")
                    .append("<meta name=\"subject\" content=\"").append(escape(labels.meeting(document.meeting())))
                    .append(" · ").append(escape(labels.edition(document))).append("\" />\n");
        }
        out.append("<style>").append(SCREEN_AND_PRINT_CSS);
        if (paper != null) {
            out.append(pageRules(paper, labels, document));
        }
        out.append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(labels.heading())).append("</h1>\n")
                .append("<p class=\"edition\">").append(escape(labels.meeting(document.meeting()))).append(" · ")
                .append(escape(labels.edition(document))).append("</p>\n</header>\n<main>\n");
        for (ScriptDocument.Section section : document.sections()) {
            out.append("<section id=\"").append(escape(section.key())).append("\" class=\"")
                    .append(section.kind() == SectionKind.HOST_NOTE ? "host-note" : "read-aloud").append("\">\n")
                    .append("<h2>").append(escape(section.title())).append("</h2>\n")
                    .append("<p class=\"meta\">").append(escape(labels.sectionMeta(document, section)))
                    .append("</p>\n").append(nestHeadings(section.html())).append("</section>\n");
        }
        out.append("</main>\n<footer>").append(escape(Network.NAME)).append(" · ")
                .append(escape(labels.edition(document))).append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The PDF's page rules. Its fonts are the embedded ones {@link PdfFonts} registers (PDF/UA and PDF/A allow no
     * other); DejaVu Sans, which covers more scripts, stands in for any character the serif face lacks.
     */
    private static String pageRules(Paper paper, ScriptLabels labels, ScriptDocument document) {
        String edition = cssString(Network.NAME + " · " + labels.edition(document));
        String serif = cssString(PdfFonts.SERIF) + ", " + cssString(PdfFonts.SANS);
        String sans = cssString(PdfFonts.SANS);
        return "\n@page { size: " + paper.cssSize() + "; margin: 20mm 18mm 22mm 18mm;\n"
                + "  @bottom-left { content: " + edition + "; font-family: " + sans + "; "
                + "font-size: 8pt; color: #4a4a4f; }\n"
                + "  @bottom-right { content: " + cssString(labels.page() + " ") + " counter(page) "
                + cssString(" " + labels.of() + " ") + " counter(pages); font-family: " + sans + "; "
                + "font-size: 8pt; color: #4a4a4f; } }\n"
                + "body { margin: 0; max-width: none; font-size: 12pt; font-family: " + serif + "; }\n"
                + "h1, h2, h3, h4, h5, h6, .edition, .meta { font-family: " + sans + "; }\n"
                + "code, pre, kbd, samp { font-family: " + cssString(PdfFonts.MONO) + ", " + sans + "; }\n"
                + "footer { display: none; }\n";
    }

    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])>");

    /**
     * A section's own headings sit under its title (an h2), in order: each is demoted below h2 and at most one level
     * deeper than the heading before it, so the outline never skips a level (screen readers navigate by it, and
     * PDF/UA requires it). The section HTML comes from our Markdown renderer, whose heading tags have no attributes.
     */
    static String nestHeadings(String sectionHtml) {
        Matcher tag = HEADING_TAG.matcher(sectionHtml);
        StringBuilder out = new StringBuilder(sectionHtml.length());
        int previous = 2;
        int open = 2;
        while (tag.find()) {
            boolean closing = !tag.group(1).isEmpty();
            if (!closing) {
                open = Math.min(Math.min(Integer.parseInt(tag.group(2)) + 2, previous + 1), 6);
                previous = open;
            }
            tag.appendReplacement(out, "<" + tag.group(1) + "h" + open + ">");
        }
        tag.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
