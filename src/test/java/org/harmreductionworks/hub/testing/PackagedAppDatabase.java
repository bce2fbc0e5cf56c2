package org.harmreductionworks.hub.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the packaged app under test at the test database: PostgreSQL when HRW_TEST_JDBC_URL names one (the CI's
 * PostgreSQL run), otherwise a throwaway embedded H2 database; either way with the demo's example groups.
 */
public class PackagedAppDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        // The browser journeys search the demo's example groups, as a newcomer trying the demo would.
        config.put("hrw.sample-content", "true");
        // Nothing balances load to the app under test, so there is nothing to wait for when the tests stop it.
        config.put("quarkus.shutdown.delay", "0S");
        String url = System.getenv("HRW_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", url);
            config.put("quarkus.datasource.username", envOr("HRW_TEST_DB_USER", "hrw"));
            config.put("quarkus.datasource.password", envOr("HRW_TEST_DB_PASSWORD", ""));
        } else {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:hrw-it;DB_CLOSE_DELAY=-1");
        }
        return config;
    }

    @Override
    public void stop() {
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
