package org.harmreductionworks.hub.feed;

/**
 * Text as the BMLT interface sends it. A BMLT root server sends what was stored, raw, and leaves escaping to the
 * client; so does this server, with three exceptions, each where Crouton (bmlt-enabled/crouton, read at 4.1.12 and
 * at 4.2.0) puts a value into the page as HTML instead of as text:
 *
 * <ul>
 * <li>{@code location_text} and {@code location_info}: its meeting details, map popups and group details insert them
 * with Handlebars' unescaped {@code {{{ }}}} (crouton-default-templates.js), while its lists insert the same values
 * escaped. Whatever is sent must therefore read the same as text and as HTML, and run nothing.</li>
 * <li>{@code comments}: its {@code formatLink} helper (crouton-handlebars-extensions.js) puts the whole value, as
 * HTML, into {@code <a href='...'>...</a>} when it starts with "http" or "tel:".</li>
 * <li>{@code virtual_meeting_link}: its {@code webLinkify} helper puts the value, as HTML, into
 * {@code <a href='...'>...</a>}.</li>
 * </ul>
 *
 * <p>HTML-escaping those values (what this server once did) shows {@code St. Mary&#39;s Hall &amp; Annex} in every
 * escaping view; stripping or replacing characters loses what the host typed. Instead, where a value could be read
 * as markup, a WORD JOINER (U+2060, invisible and never a line break) is put between the character and what would
 * make it markup. An HTML parser only opens a tag at a {@code <} followed by a letter, {@code /}, {@code !} or
 * {@code ?}, and only reads a character reference at an {@code &} followed by a letter, digit or {@code #} (the
 * WHATWG tokenizer's "tag open" and "character reference" states); after the joiner, neither happens, so the value
 * shows exactly as typed whether a client escapes it or not. A {@code <} or {@code &} that could not start markup is
 * left alone, and every other field goes out exactly as stored.
 */
final class BmltText {

    static final char WORD_JOINER = '\u2060';

    private BmltText() {
    }

    /** The text, unchanged to the eye, with no sequence an HTML parser would read as a tag or a character reference. */
    static String inertAsHtml(String text) {
        StringBuilder inert = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            inert.append(c);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean opensTag = c == '<' && (isAsciiLetter(next) || next == '/' || next == '!' || next == '?');
            boolean opensReference = c == '&' && (isAsciiLetter(next) || next >= '0' && next <= '9' || next == '#');
            if (opensTag || opensReference) {
                inert.append(WORD_JOINER);
            }
        }
        return inert.toString();
    }

    /**
     * Notes that Crouton will not take for a link: starting with "http" or "tel:" it would insert all of them, as
     * HTML, into a link's address. A word joiner in front keeps them text; a client that escapes shows no difference.
     */
    static String notALink(String notes) {
        return notes.startsWith("http") || notes.startsWith("tel:") ? WORD_JOINER + notes : notes;
    }

    /**
     * A link that stays one link inside {@code <a href='...'>...</a>} built by string concatenation: the characters
     * that could end the quoted attribute or open markup are percent-encoded, which leaves the address the same for
     * the meeting services hosts use (they appear in no scheme, host or path those services issue).
     */
    static String safeLink(String link) {
        StringBuilder safe = new StringBuilder(link.length());
        for (char c : link.toCharArray()) {
            switch (c) {
                case '\'' -> safe.append("%27");
                case '"' -> safe.append("%22");
                case '<' -> safe.append("%3C");
                case '>' -> safe.append("%3E");
                case '`' -> safe.append("%60");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
