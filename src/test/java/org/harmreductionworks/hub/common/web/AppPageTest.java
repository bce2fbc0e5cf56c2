package org.harmreductionworks.hub.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

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
    }
}
