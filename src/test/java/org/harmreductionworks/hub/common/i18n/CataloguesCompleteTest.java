package org.harmreductionworks.hub.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text the server writes exists in English and in Spanish, takes the values its code gives it, and no catalogue
 * keeps a text nothing uses. A failure lists every key at fault, so a translator sees at once what is left to do.
 */
class CataloguesCompleteTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    @Test
    void everyMessageHasAnEnglishAndASpanishTextWithItsValues() throws Exception {
        List<Message> messages = allMessages();
        assertTrue(messages.size() > 100, "found the messages: " + messages.size());
        Map<String, String> faults = new TreeMap<>();
        for (Message message : messages) {
            for (Language language : Language.values()) {
                String where = message.catalogue() + "_" + language.tag() + ": " + message.key();
                var text = Catalogues.find(language, message);
                if (text.isEmpty()) {
                    faults.put(where, "no text");
                } else if (!placeholders(text.get()).equals(new TreeSet<>(message.arguments()))) {
                    faults.put(where, "takes " + placeholders(text.get()) + ", the code gives "
                            + message.arguments());
                }
            }
        }
        assertEquals(Map.of(), faults, "texts missing or taking other values than the code gives");
    }

    @Test
    void noCatalogueKeepsATextNothingUses() throws Exception {
        Map<String, Set<String>> used = allMessages().stream().collect(Collectors.groupingBy(Message::catalogue,
                Collectors.mapping(Message::key, Collectors.toCollection(TreeSet::new))));
        List<String> unused = new ArrayList<>();
        used.forEach((catalogue, keys) -> {
            for (Language language : Language.values()) {
                for (String key : Catalogues.catalogue(catalogue, language).stringPropertyNames()) {
                    if (!keys.contains(key)) {
                        unused.add(catalogue + "_" + language.tag() + ": " + key);
                    }
                }
            }
        });
        assertEquals(List.of(), unused);
    }

    @Test
    void everyOwnValidationMessageHasASpanishText() throws IOException {
        Properties english = properties("ValidationMessages.properties");
        Properties spanish = properties("ValidationMessages_es.properties");
        assertFalse(english.isEmpty());
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeIf(key -> !spanish.getProperty(key, "").isBlank());
        assertEquals(Set.of(), missing, "validation messages without a Spanish text");
        assertEquals(english.stringPropertyNames(), spanish.stringPropertyNames());
    }

    /** Every constant of every message enum in the app, found among the compiled classes. */
    private static List<Message> allMessages() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Message.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Message> messages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (!name.startsWith("org.harmreductionworks.hub.")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, CataloguesCompleteTest.class.getClassLoader());
                if (type.isEnum() && Message.class.isAssignableFrom(type)) {
                    for (Object constant : type.getEnumConstants()) {
                        messages.add((Message) constant);
                    }
                }
            }
        }
        return messages;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties properties(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = CataloguesCompleteTest.class.getClassLoader().getResourceAsStream(resource)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
