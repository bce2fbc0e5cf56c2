package org.harmreductionworks.hub.common.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.junit.jupiter.api.Test;

@DatabaseIndependent
class SafeMarkdownTest {

    @Test
    void findsRawHtmlBlocksAndInlineTags() {
        assertTrue(SafeMarkdown.containsHtml("<div>hello</div>"));
        assertTrue(SafeMarkdown.containsHtml("Hello <img src=x onerror=alert(1)> there"));
        assertTrue(SafeMarkdown.containsHtml("<!-- a comment -->"));
        assertFalse(SafeMarkdown.containsHtml("Speak from your own experience: use \"I\" & not \"you\"."));
        assertFalse(SafeMarkdown.containsHtml("Use `<b>` only in code, which is text."));
    }

    @Test
    void rendersNoMarkupFromTheTextItself() {
        String html = SafeMarkdown.toHtml("Hi <script>alert(1)</script> and [x](javascript:alert(1))");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void keepsEmphasisListsAndParagraphs() {
        String html = SafeMarkdown.toHtml("*Host:* read this.\n\n- one\n- two");
        assertTrue(html.contains("<em>Host:</em>"));
        assertTrue(html.contains("<li>two</li>"));
    }

    @Test
    void plainTextDropsTheMarkdown() {
        assertFalse(SafeMarkdown.toPlainText("**Bold** and *soft*").contains("*"));
    }

    /** What overflowed the renderers' stack, each far deeper than the limit. */
    private static final List<String> NESTED_THOUSANDS_DEEP = List.of("- ".repeat(2_500) + "x", "> ".repeat(3_000) + "x",
            "1. ".repeat(2_500) + "x", "![".repeat(3_000) + "x" + "](u)".repeat(3_000),
            "_".repeat(6_000) + "x" + "_".repeat(6_000));

    @Test
    void markdownNestedThousandsDeepIsShownAsItsTextInsteadOfOverflowingTheStack() {
        for (String markdown : NESTED_THOUSANDS_DEEP) {
            assertTrue(SafeMarkdown.nestedTooDeeply(markdown), markdown.substring(0, 6));
            // Each overflowed a thread's stack before, whichever way it was rendered.
            assertTrue(SafeMarkdown.toHtml(markdown).startsWith("<p>"), markdown.substring(0, 6));
            assertTrue(SafeMarkdown.toPostHtml(markdown).startsWith("<p>"), markdown.substring(0, 6));
            assertTrue(SafeMarkdown.toPlainText(markdown).endsWith("x") || markdown.startsWith("![")
                    || markdown.startsWith("_"));
            assertFalse(SafeMarkdown.containsHtml(markdown));
        }
    }

    @Test
    void nestingAsDeepAsPeopleWriteIsRenderedAsMarkdown() {
        StringBuilder lists = new StringBuilder();
        for (int level = 0; level < 10; level++) {
            lists.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        String markdown = "> " + "quoted\n>\n> " + "- a *point* with **weight**\n\n" + lists;
        assertFalse(SafeMarkdown.nestedTooDeeply(markdown));
        String html = SafeMarkdown.toHtml(markdown);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<li>level 9</li>"), html);
    }

    @Test
    void theLimitIsCountedInLevelsOfTheTree() {
        // Under n quotes the text sits n + 2 levels below the document: the quotes, the paragraph, the text.
        assertFalse(SafeMarkdown.nestedTooDeeply("> ".repeat(SafeMarkdown.MAX_DEPTH - 2) + "x"));
        assertTrue(SafeMarkdown.nestedTooDeeply("> ".repeat(SafeMarkdown.MAX_DEPTH - 1) + "x"));
    }
}
