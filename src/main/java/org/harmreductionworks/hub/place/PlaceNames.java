package org.harmreductionworks.hub.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search form of a place name: no accents, lower case, words separated by single spaces ("San José" and
 * "san jose" are the same; "Wilkes-Barre" is "wilkes barre"). The gazetteer's build script
 * (src/main/gazetteer/build-gazetteer.mjs) writes its keys with the same rules, so both must change together.
 */
final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʻ`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlaceNames() {
    }

    static String normalise(String text) {
        String lower = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            // Letters that have no decomposition into a base letter and an accent.
            switch (c) {
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'ø' -> folded.append('o');
                case 'ł' -> folded.append('l');
                case 'đ', 'ð' -> folded.append('d');
                case 'þ' -> folded.append("th");
                case 'ı' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        String words = APOSTROPHES.matcher(folded).replaceAll("");
        return SEPARATORS.matcher(words).replaceAll(" ").trim();
    }
}
