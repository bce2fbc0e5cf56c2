package org.harmreductionworks.hub.exercise;

import java.util.List;

import org.harmreductionworks.hub.common.TextFolding;

/**
 * How an exercise's text is kept for search: title, summary and prompts folded to lower case without accents, so
 * that "Duelo" finds "duelo" and "sobredosis" finds "sobredósis". Plain Java, because the migration that loads the
 * starter library uses it too.
 */
public final class ExerciseText {

    private ExerciseText() {
    }

    public static String slugFor(String title) {
        return TextFolding.slugFor(title, "exercise");
    }

    public static String searchText(String title, String summary, List<String> prompts) {
        return TextFolding.searchLine(title, summary, String.join(" ", prompts));
    }

    public static String joinPrompts(List<String> prompts) {
        return String.join("\n", prompts.stream().map(String::strip).toList());
    }

    public static List<String> splitPrompts(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }
}
