package org.harmreductionworks.hub.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case without accents, for comparing and searching text, and the URL slugs made from it. */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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
}
