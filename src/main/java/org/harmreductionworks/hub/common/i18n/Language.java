package org.harmreductionworks.hub.common.i18n;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the hub writes its own words in. English is the default: for a request that asks for none of these,
 * for one that cannot be read, and for anything the Spanish catalogue lacks.
 */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    /** The cookie the web app sets when a person picks a language: {@code en} or {@code es}. */
    public static final String COOKIE = "hrw-lang";

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 tag, as in {@code Content-Language} and {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for this exact tag ({@code en}, {@code es}), ignoring case. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.strip();
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language an {@code Accept-Language} header prefers, by its q-values: the first range (most wanted first)
     * whose primary language we write, so {@code es-MX}, {@code es-419} and {@code fr, es;q=0.5} are Spanish. A range
     * of {@code *} or a q of 0 says nothing for Spanish; no header, an unreadable one, or none we write is English.
     */
    public static Language preferredBy(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            if (primary.equals("*")) {
                return ENGLISH;
            }
            Optional<Language> known = ofTag(primary);
            if (known.isPresent()) {
                return known.get();
            }
        }
        return ENGLISH;
    }

    /**
     * The language of a page the server writes for a person: what they picked in the web app (its cookie), else what
     * their browser asks for, else English.
     */
    public static Language forPage(String cookie, String acceptLanguage) {
        return ofTag(cookie).orElseGet(() -> preferredBy(acceptLanguage));
    }

    /** The first of these language codes we write, in their order: a group's languages, say. */
    public static Optional<Language> firstWrittenOf(Collection<String> codes) {
        return codes.stream().map(Language::ofTag).flatMap(Optional::stream).findFirst();
    }
}
