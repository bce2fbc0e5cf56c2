package org.harmreductionworks.hub.common.i18n;

import java.util.List;
import java.util.Locale;

/**
 * One text the server writes, identified by a stable key in a message catalogue
 * ({@code src/main/resources/i18n/<catalogue>_<language>.properties}), with the names of the values it takes. The
 * catalogue writes those as {@code {name}}. Implemented by enums, one per catalogue, so code names its texts with
 * constants and a test can list every text that any language lacks.
 */
public interface Message {

    /** The catalogue's file name without its language: {@code problems} for {@code problems_es.properties}. */
    String catalogue();

    /** The names of the values the text takes, in the order they are given. */
    List<String> arguments();

    String name();

    /** The key in the catalogue: the constant's name in lower case, words joined by dots. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** This text with its values, to be written in whatever language the reader gets. */
    default Text with(Object... values) {
        return new Text(this, values);
    }

    /** This text in a language, with its values. */
    default String in(Language language, Object... values) {
        return with(values).in(language);
    }
}
