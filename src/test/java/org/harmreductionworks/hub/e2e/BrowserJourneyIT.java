package org.harmreductionworks.hub.e2e;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.harmreductionworks.hub.testing.ExternalCommand;
import org.harmreductionworks.hub.testing.OnLoopback;
import org.harmreductionworks.hub.testing.PackagedAppDatabase;
import org.harmreductionworks.hub.testing.RealKeycloak;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Drives headless Chromium through the packaged app and the real Keycloak login page. The journeys themselves are
 * in frontend/e2e, written with playwright-core.
 */
@DatabaseIndependent
@QuarkusIntegrationTest
@QuarkusTestResource(value = RealKeycloak.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PackagedAppDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = OnLoopback.class, restrictToAnnotatedClass = true)
class BrowserJourneyIT {

    @TestHTTPResource("/")
    URL app;

    @Test
    void browserJourneysPass() throws Exception {
        String base = app.toString().replaceAll("/$", "");
        RealKeycloak.letSignInReturnTo(base);
        Map<String, String> env = new HashMap<>(Map.of("HRW_BASE_URL", base,
                "HRW_OIDC_ISSUER", RealKeycloak.issuer(),
                "HRW_DEMO_USER", "host",
                "HRW_DEMO_PASSWORD", "host-demo",
                "HRW_STEWARD_USER", "steward",
                "HRW_STEWARD_PASSWORD", "steward-demo"));
        // Unset, the journeys find Debian's headless shell or its Chromium themselves (e2e/support.mjs).
        String chromium = System.getenv("CHROMIUM_PATH");
        if (chromium != null && !chromium.isBlank()) {
            env.put("HRW_CHROMIUM", chromium);
        }
        ExternalCommand.run(Path.of("frontend"), env,
                // 91 journeys took 12.8 min one file at a time on a busy two-core machine. A journey that hangs still
                // ends the run well inside CI's 90 minutes.
                Duration.ofMinutes(25),
                command());
    }

    /**
     * All journeys, or only the files named in HRW_E2E_FILES (comma-separated), to rerun one while working on it.
     * Two files at a time (HRW_E2E_CONCURRENCY to change it): node's default is one fewer than the cores, which is
     * one on CI's two cores, where one file at a time can leave a core idle. The journeys need the same CPU time
     * either way (about 500 s, measured both ways). They share one app, so none may count on what others do
     * meanwhile (frontend/README.md).
     */
    private static List<String> command() {
        String only = System.getenv().getOrDefault("HRW_E2E_FILES", "").strip();
        List<String> files = only.isEmpty() ? List.of("e2e/") : List.of(only.split("\\s*,\\s*"));
        String concurrency = System.getenv().getOrDefault("HRW_E2E_CONCURRENCY", "2").strip();
        return Stream.concat(Stream.of("node", "--test", "--test-reporter=spec", "--test-concurrency=" + concurrency),
                files.stream()).toList();
    }
}
