package org.harmreductionworks.hub.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.harmreductionworks.hub.common.TextFolding;

/**
 * How an exercise's text is kept for search: title, summary and prompts folded to lower case without accents, so
 * that "Duelo" finds "duelo" and "sobredosis" finds "sobredósis". Plain Java, because the migration that loads the
 * starter library uses it too.
 */
public final class ExerciseText {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ExerciseText() {
    }

    public static String slugFor(String title) {
        return TextFolding.slugFor(title, "exercise");
    }

    /** One space-separated line of words, with a space at each end so that whole-word prefixes can be matched. */
    public static String searchText(String title, String summary, List<String> prompts) {
        String all = String.join(" ", title, summary, String.join(" ", prompts));
        return " " + NOT_WORD.matcher(TextFolding.fold(all)).replaceAll(" ").strip() + " ";
    }

    /** The words of a query, folded the same way; at most eight, so a pasted paragraph cannot make a huge query. */
    public static List<String> queryWords(String q) {
        if (q == null) {
            return List.of();
        }
        return Arrays.stream(NOT_WORD.split(TextFolding.fold(q))).filter(w -> !w.isBlank()).distinct().limit(8).toList();
    }

    public static String joinPrompts(List<String> prompts) {
        return String.join("\n", prompts.stream().map(String::strip).toList());
    }

    public static List<String> splitPrompts(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }
}
