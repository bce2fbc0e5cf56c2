package org.harmreductionworks.hub.script.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.harmreductionworks.hub.common.markdown.SafeMarkdown;
import org.junit.jupiter.api.Test;

class HtmlScriptWriterTest {

    @Test
    void aSectionsOwnHeadingsNestUnderItsTitleWithoutSkippingALevel() {
        String html = SafeMarkdown.toHtml("# Top\n\n###### Deep\n\ntext\n\n## Next\n\n# Again\n");
        assertEquals("<h3>Top</h3>\n<h4>Deep</h4>\n<p>text</p>\n<h4>Next</h4>\n<h3>Again</h3>\n",
                HtmlScriptWriter.nestHeadings(html));
    }

    @Test
    void aSectionWithoutHeadingsIsUnchanged() {
        String html = SafeMarkdown.toHtml("Some *text*.\n\n- a\n- b\n");
        assertEquals(html, HtmlScriptWriter.nestHeadings(html));
    }
}
