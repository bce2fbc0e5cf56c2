package org.harmreductionworks.hub.script.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown as the script uses it: no raw HTML is accepted, and rendering escapes anything that looks like HTML and
 * drops unsafe link targets, so a section body can never inject markup into a page.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private SafeMarkdown() {
    }

    /** Whether the Markdown contains raw HTML (blocks or inline tags), which section bodies may not. */
    public static boolean containsHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        boolean[] found = { false };
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }
        });
        return found[0];
    }

    public static String toHtml(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }
}
