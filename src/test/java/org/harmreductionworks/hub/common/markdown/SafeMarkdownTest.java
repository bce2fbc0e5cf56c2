package org.harmreductionworks.hub.common.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
