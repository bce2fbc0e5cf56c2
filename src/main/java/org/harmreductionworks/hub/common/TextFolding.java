package org.harmreductionworks.hub.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case without accents, for comparing and searching text, and the URL slugs made from it. */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Lower-case ASCII words joined by hyphens, at most 60 characters; the fallback when nothing is left. */
    public static String slugFor(String text, String fallback) {
        String slug = fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? fallback : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    /**
     * Text kept for word search: folded, one space between words and a space at each end, so that a SQL
     * {@code like '% word%'} matches the start of any word, on H2 and PostgreSQL alike.
     */
    public static String searchLine(String... parts) {
        return " " + NOT_WORD.matcher(fold(String.join(" ", parts))).replaceAll(" ").strip() + " ";
    }

    /** The words of a query, folded the same way; at most eight, so a pasted paragraph cannot make a huge query. */
    public static List<String> queryWords(String q) {
        if (q == null) {
            return List.of();
        }
        return Arrays.stream(NOT_WORD.split(fold(q))).filter(w -> !w.isBlank()).distinct().limit(8).toList();
    }

    /** The {@code like} pattern for one query word against a {@link #searchLine}. */
    public static String wordStartPattern(String word) {
        return "% " + word.replace("%", "").replace("_", "") + "%";
    }
}
