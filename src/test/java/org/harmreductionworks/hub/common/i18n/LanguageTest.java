package org.harmreductionworks.hub.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void anySpanishIsSpanishAndAnythingElseIsEnglish() {
        for (String spanish : List.of("es", "es-MX", "es-419", "ES-us", "es-MX,es;q=0.9,en;q=0.8")) {
            assertEquals(Language.SPANISH, Language.preferredBy(spanish), spanish);
        }
        for (String english : List.of("en", "en-US,en;q=0.9", "fr", "de-DE,fr;q=0.5", "", "*", "not;;a=language")) {
            assertEquals(Language.ENGLISH, Language.preferredBy(english), english);
        }
        assertEquals(Language.ENGLISH, Language.preferredBy(null));
    }

    @Test
    void qValuesDecideNotTheOrderTheyAreWrittenIn() {
        assertEquals(Language.SPANISH, Language.preferredBy("en;q=0.2, es;q=0.9"));
        assertEquals(Language.ENGLISH, Language.preferredBy("es;q=0.2, en;q=0.9"));
        // A language the hub does not write is passed over for the next one the reader accepts.
        assertEquals(Language.SPANISH, Language.preferredBy("fr-CA, fr;q=0.9, es;q=0.5"));
        // q=0 means "not this one".
        assertEquals(Language.ENGLISH, Language.preferredBy("es;q=0, fr"));
    }

    @Test
    void aPageFollowsThePickedLanguageBeforeTheBrowsers() {
        assertEquals(Language.SPANISH, Language.forPage("es", "en-US"));
        assertEquals(Language.ENGLISH, Language.forPage("en", "es-MX"));
        assertEquals(Language.SPANISH, Language.forPage(null, "es-MX"));
        assertEquals(Language.SPANISH, Language.forPage("klingon", "es"));
        assertEquals(Language.ENGLISH, Language.forPage(null, null));
    }

    @Test
    void aGroupIsWrittenToInTheFirstOfItsLanguagesWeWrite() {
        assertEquals(Language.SPANISH, Language.firstWrittenOf(List.of("pt", "es", "en")).orElseThrow());
        assertEquals(Language.ENGLISH, Language.firstWrittenOf(List.of("en", "es")).orElseThrow());
        assertEquals(false, Language.firstWrittenOf(List.of("pt", "fr")).isPresent());
    }
}
