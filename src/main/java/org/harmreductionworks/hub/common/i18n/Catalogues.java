package org.harmreductionworks.hub.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The message catalogues: plain properties files in UTF-8 under {@code i18n/}, one per catalogue and language, read
 * once. A translator edits those files only. A text a language lacks is written in English (a test fails first).
 */
public final class Catalogues {

    private static final Map<String, Properties> READ = new ConcurrentHashMap<>();

    private Catalogues() {
    }

    static String write(Language language, Message message, List<Object> values) {
        String text = find(language, message)
                .or(() -> find(Language.ENGLISH, message))
                .orElse(message.key());
        List<String> names = message.arguments();
        for (int i = 0; i < names.size(); i++) {
            text = text.replace("{" + names.get(i) + "}", value(language, values.get(i)));
        }
        return text;
    }

    /** A value as this language writes it: a text or a weekday in that language, a list joined by semicolons. */
    private static String value(Language language, Object value) {
        if (value instanceof Text text) {
            return text.in(language);
        }
        if (value instanceof Message message) {
            return message.in(language);
        }
        if (value instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, language.locale());
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> value(language, item)).collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    /** The text as the catalogue has it, placeholders and all; empty when that language has none. */
    public static Optional<String> find(Language language, Message message) {
        String text = catalogue(message.catalogue(), language).getProperty(message.key());
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** Every key of a catalogue in a language, to check the catalogues against the code. */
    public static Properties catalogue(String name, Language language) {
        return READ.computeIfAbsent(name + "_" + language.tag(), Catalogues::read);
    }

    private static Properties read(String file) {
        Properties texts = new Properties();
        String path = "i18n/" + file + ".properties";
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
        return texts;
    }
}
