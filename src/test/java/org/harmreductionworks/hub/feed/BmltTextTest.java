package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text that Crouton inserts as HTML reads the same as HTML and as text, and runs nothing. */
class BmltTextTest {

    private static final String WJ = "\u2060";

    @Test
    void onlyWhatAnHtmlParserWouldReadAsATagOrReferenceIsBrokenUp() {
        assertEquals("St. Mary's Hall & Annex", BmltText.inertAsHtml("St. Mary's Hall & Annex"));
        assertEquals("room < 5, 3 > 2, <3, a <= b", BmltText.inertAsHtml("room < 5, 3 > 2, <3, a <= b"));
        assertEquals("<" + WJ + "img src=x onerror=alert(1)>", BmltText.inertAsHtml("<img src=x onerror=alert(1)>"));
        assertEquals("<" + WJ + "/b><" + WJ + "!-- --><" + WJ + "?x>", BmltText.inertAsHtml("</b><!-- --><?x>"));
        assertEquals("AT&" + WJ + "T, &" + WJ + "#60; &" + WJ + "not &" + WJ + "1", BmltText.inertAsHtml(
                "AT&T, &#60; &not &1"));
        assertEquals("ends with < and &", BmltText.inertAsHtml("ends with < and &"));
    }

    @Test
    void notesAreNeverTakenForALinkAndLinksNeverLeaveTheirAttribute() {
        assertEquals(WJ + "https://example.org 'x'", BmltText.notALink("https://example.org 'x'"));
        assertEquals(WJ + "tel:123", BmltText.notALink("tel:123"));
        assertEquals("We meet at https://example.org", BmltText.notALink("We meet at https://example.org"));
        assertEquals("https://meet.example.org/a%27b%22c%3Cd%3E%60?x=1&y=2",
                BmltText.safeLink("https://meet.example.org/a'b\"c<d>`?x=1&y=2"));
    }
}
