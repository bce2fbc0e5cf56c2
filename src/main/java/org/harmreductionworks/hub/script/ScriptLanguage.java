package org.harmreductionworks.hub.script;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The languages the script is published in. */
public enum ScriptLanguage {
    EN("English"), ES("Español");

    private final String nativeName;

    ScriptLanguage(String nativeName) {
        this.nativeName = nativeName;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The first supported language in an Accept-Language header, if any. */
    public static Optional<ScriptLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-")[0];
                for (ScriptLanguage language : values()) {
                    if (language.code().equalsIgnoreCase(primary)) {
                        return Optional.of(language);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
