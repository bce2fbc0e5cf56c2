package org.harmreductionworks.hub.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm files Keycloak imports sign people in with our theme, in every language the theme speaks, and keep
 * self-registration on (anyone may register a group).
 */
class KeycloakRealmFilesTest {

    private static final Path THEME = Path.of("deploy/keycloak/themes/hrw/login");

    @ParameterizedTest
    @ValueSource(strings = { "deploy/keycloak/hrw-realm.json", "deploy/keycloak/demo/hrw-demo-realm.json" })
    void realmSignsPeopleInWithOurThemeInEnglishAndSpanish(String file) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Path.of(file).toFile());

        assertEquals("hrw", realm.path("loginTheme").asText(), file + ": loginTheme");
        assertTrue(Files.isRegularFile(THEME.resolve("theme.properties")), "the theme the realm names exists");
        assertTrue(realm.path("internationalizationEnabled").asBoolean(), file + ": internationalisation on");
        List<String> locales = new ArrayList<>();
        realm.path("supportedLocales").forEach(locale -> locales.add(locale.asText()));
        assertEquals(List.of("en", "es"), locales.stream().sorted().toList(), file + ": supported locales");
        assertEquals("en", realm.path("defaultLocale").asText(), file + ": default locale");
        assertTrue(realm.path("registrationAllowed").asBoolean(), file + ": self-registration stays on");
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "es" })
    void themeHasOurWordsInEachLanguage(String locale) throws IOException {
        Properties english = messages("en");
        Properties translated = messages(locale);

        assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(),
                "messages_" + locale + " words the same texts as messages_en");
        assertTrue(translated.getProperty("loginTitleHtml").contains("Harm Reduction <span class=\"hrw-nowrap\">Works-HRW</span>"),
                "our name, written in full");
    }

    private static Properties messages(String locale) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(THEME.resolve("messages/messages_" + locale + ".properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
