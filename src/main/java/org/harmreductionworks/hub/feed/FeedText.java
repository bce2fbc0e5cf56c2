package org.harmreductionworks.hub.feed;

import java.util.List;

import org.harmreductionworks.hub.common.i18n.Message;

/** The fixed words of the Atom feeds, in {@code i18n/feeds_<language>.properties}. */
enum FeedText implements Message {
    EXERCISES_TITLE("network"),
    EXERCISES_SUBTITLE,
    LEARNINGS_TITLE("network"),
    LEARNINGS_SUBTITLE,
    EXERCISE_CONTENT_NOTES("notes"),
    EXERCISE_SUMMARY("summary", "kind", "minutes", "source", "creator"),
    KIND_READING,
    KIND_PODCAST,
    KIND_VIDEO,
    KIND_GUEST_SPEAKER,
    KIND_PERSONAL_WRITING,
    KIND_CREATIVE_PIECE,
    KIND_DISCUSSION_PROMPT,
    KIND_OTHER,
    NOTE_OVERDOSE,
    NOTE_DEATH,
    NOTE_GRIEF,
    NOTE_TRAUMA,
    NOTE_SUICIDE,
    NOTE_VIOLENCE,
    NOTE_SEXUAL_VIOLENCE,
    NOTE_INCARCERATION,
    NOTE_DRUG_USE_DETAIL,
    NOTE_DISCRIMINATION;

    private final List<String> arguments;

    FeedText(String... arguments) {
        this.arguments = List.of(arguments);
    }

    @Override
    public String catalogue() {
        return "feeds";
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
