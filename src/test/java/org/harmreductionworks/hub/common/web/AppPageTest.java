package org.harmreductionworks.hub.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.harmreductionworks.hub.common.i18n.Language;
import org.junit.jupiter.api.Test;

class AppPageTest {

    @Test
    void eachInlineStyleIsAllowedByTheHashOfExactlyItsText() {
        AppPage page = new AppPage(Optional.of("<html><head><style>b{color:red}</style>"
                + "<style>\ni{}\n</style></head><body><hrw-app></hrw-app></body></html>"));

        // As openssl computes them: printf 'b{color:red}' | openssl dgst -sha256 -binary | base64
        assertEquals(List.of("'sha256-ypIZpeWh67Lh3q46jpjGW7VCAJpmEqcFe8Dl5B2rXQU='",
                "'sha256-m/pWEneoSy8t5YqnuE6JXYrs4Exo9/RnPPtw/fwm9E4='"), page.inlineStyleSources());
    }

    @Test
    void withoutABuiltWebAppThereIsNothingToAllow() {
        assertEquals(List.of(), new AppPage(Optional.empty()).inlineStyleSources());
        assertEquals(Optional.empty(), new AppPage(Optional.empty()).html(Language.SPANISH));
    }

    /** The web app's own index.html, from which the built page is made. */
    @Test
    void theAppsPageInSpanishChangesItsWordsAndLanguageOnly() throws IOException {
        String source = Files.readString(Path.of("frontend/index.html"));
        String page = source.replace("</head>", "<style>p{margin:0}</style></head>");
        AppPage app = new AppPage(Optional.of(page));

        // The English catalogue says what index.html says: the English copy is the page itself.
        assertEquals(page, app.html(Language.ENGLISH).orElseThrow());
        String spanish = app.html(Language.SPANISH).orElseThrow();
        assertTrue(spanish.contains("<html lang=\"es\">"), spanish);
        assertTrue(spanish.contains("Este sitio necesita JavaScript para mostrar sus páginas."), spanish);
        assertTrue(spanish.contains("content=\"Harm Reduction Works-HRW es una red de reuniones"), spanish);
        assertFalse(spanish.contains("This site needs JavaScript"));
        assertFalse(spanish.contains("is a network of"));
        assertTrue(spanish.contains("<hrw-app></hrw-app>"));
        // The inline styles, and so the policy's hashes for them, are the same in every language.
        assertEquals(app.inlineStyleSources(), new AppPage(Optional.of(spanish)).inlineStyleSources());
    }
}
