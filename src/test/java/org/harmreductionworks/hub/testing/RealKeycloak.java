package org.harmreductionworks.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak, started from its Maven Central distribution (unpacked by the build into target/keycloak) with
 * our login theme, on a free loopback port, and the demo realm. Set HRW_TEST_KEYCLOAK_URL to use one that is already
 * running with the demo realm imported instead.
 * <p>
 * One Keycloak serves every test class of a test JVM: its start is the slow part (half a minute to a minute on a
 * busy two-core machine), and each class used to pay it. What a class does to the realm must not reach the next,
 * so each class that starts this resource gets the demo realm deleted and imported anew from the file, as a new
 * Keycloak would have it: the people it registered, their sessions and the languages they chose are gone. The
 * classes run one after another (Failsafe's default), but Quarkus keeps the last {@code @QuarkusIntegrationTest}'s
 * app and resources running until another Quarkus test class needs different ones or the run ends, so a class may
 * start this resource before the previous one is stopped: the realm is imported anew at each start, never at a
 * stop, so it belongs to the class whose tests run. The server is stopped when the test JVM exits, by the shutdown
 * hook of whoever started it.
 * <p>
 * What identifies the server lives in system properties, not in fields of this class: Quarkus may load the class
 * in more than one class loader in the same JVM, and each would otherwise start a Keycloak of its own.
 */
public class RealKeycloak implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "hrw-demo";
    private static final String WEB_CLIENT = "hrw-web";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final String SERVER_URL = "hrw.test.keycloak.server-url";
    private static final String ADMIN_PASSWORD = "hrw.test.keycloak.admin-password";

    @Override
    public Map<String, String> start() {
        String external = System.getenv("HRW_TEST_KEYCLOAK_URL");
        String baseUrl = external != null && !external.isBlank() ? external.replaceAll("/$", "")
                : sharedServerWithFreshRealm();
        System.setProperty("hrw.test.keycloak-url", baseUrl);
        String issuer = issuer();
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "hrw.web.oidc-authority", issuer);
    }

    public static String issuer() {
        return System.getProperty("hrw.test.keycloak-url") + "/realms/" + REALM;
    }

    /** The server keeps running for the next class, which imports the realm anew. */
    @Override
    public void stop() {
    }

    /** The shared server's URL (started on first use), its demo realm imported anew for the class starting. */
    private String sharedServerWithFreshRealm() {
        // System.getProperties() is one object for the whole JVM, whichever class loader loaded this class.
        synchronized (System.getProperties()) {
            if (System.getProperty(SERVER_URL) == null) {
                startServer();
            }
            String url = System.getProperty(SERVER_URL);
            importDemoRealmAnew(url, System.getProperty(ADMIN_PASSWORD));
            return url;
        }
    }

    private static void startServer() {
        Path home = Path.of(System.getProperty("hrw.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        Path launcher = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("No Keycloak at " + home
                    + ": run the tests through Maven (./mvnw verify), which unpacks it there.");
        }
        int port = LoopbackPorts.free();
        String url = "http://localhost:" + port;
        String adminPassword = randomSecret();
        Path log = Path.of("target/keycloak-test.log");
        try {
            // A new database, so the bootstrap admin below is created (an existing one would keep its old password).
            TestFiles.deleteRecursively(home.resolve("data"));
            // The realm signs people in with our theme: install it as it is now.
            Path theme = home.resolve("themes/hrw");
            TestFiles.deleteRecursively(theme);
            TestFiles.copyRecursively(Path.of("deploy/keycloak/themes/hrw"), theme);
            // The journeys sign in as the same demo accounts from two browsers at once, which Keycloak refuses by
            // default ("user_temporarily_disabled") while the realm's brute-force detection is on.
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "start-dev",
                    "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=" + url, "--health-enabled=false",
                    "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(KeycloakHome.SHORT_LIVED_JVM);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            Process process = builder.start();
            // Whoever started it stops it, when the tests are over or if they die first.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "stop-test-keycloak"));
            try {
                waitUntilServed(process, url + "/realms/master/.well-known/openid-configuration", log);
            } catch (RuntimeException e) {
                stop(process);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(SERVER_URL, url);
        System.setProperty(ADMIN_PASSWORD, adminPassword);
    }

    /** Deletes the demo realm, if there, and imports it from the file as it is now, through the admin API. */
    private static void importDemoRealmAnew(String url, String adminPassword) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String bearer = adminBearer(client, url, adminPassword);
            HttpResponse<String> deleted = client.send(
                    HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM))
                            .header("Authorization", bearer).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (deleted.statusCode() != 404) {
                expect(deleted, 204, "deleting realm " + REALM);
            }
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(url + "/admin/realms"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("deploy/keycloak/demo/" + REALM + "-realm.json")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            expect(created, 201, "importing realm " + REALM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lets a sign-in through the web app's client return to the app at {@code appBase}: the packaged app under test
     * listens on whatever port was free (quarkus.http.test-port=0 in the pom), which the realm file cannot name. Only
     * the demo realm of the Keycloak these tests started is changed; one named by HRW_TEST_KEYCLOAK_URL must already
     * allow the address.
     */
    public static void letSignInReturnTo(String appBase) {
        String url = System.getProperty(SERVER_URL);
        if (url == null || !url.equals(System.getProperty("hrw.test.keycloak-url"))) {
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        try {
            String bearer = adminBearer(client, url, System.getProperty(ADMIN_PASSWORD));
            String clients = url + "/admin/realms/" + REALM + "/clients";
            HttpResponse<String> found = client.send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + WEB_CLIENT))
                    .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
            expect(found, 200, "finding client " + WEB_CLIENT);
            ObjectNode web = (ObjectNode) json.readTree(found.body()).path(0);
            ArrayNode redirects = web.withArray("redirectUris");
            String target = appBase.replaceAll("/$", "") + "/*";
            for (JsonNode redirect : redirects) {
                if (redirect.asText().equals(target)) {
                    return;
                }
            }
            redirects.add(target);
            HttpResponse<String> updated = client.send(HttpRequest.newBuilder(URI.create(clients + "/" + web.path("id").asText()))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(web))).build(),
                    HttpResponse.BodyHandlers.ofString());
            expect(updated, 204, "adding " + target + " to the redirect addresses of " + WEB_CLIENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String adminBearer(HttpClient client, String url, String adminPassword)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(
                URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        expect(token, 200, "admin token");
        return "Bearer " + new ObjectMapper().readTree(token.body()).path("access_token").asText();
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " on the test Keycloak answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static void waitUntilServed(Process process, String address, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(address);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(discovery).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("Keycloak did not become ready in " + START_TIMEOUT + "; see "
                + log.toAbsolutePath());
    }

    /** kc.sh starts the Keycloak JVM as a child: SIGTERM to the whole tree, then SIGKILL to what is left. */
    private static void stop(Process process) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        // Within the test JVM's last moments too: Surefire halts a fork that takes 30 s to exit.
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        try {
            process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (ProcessHandle child : tree) {
                child.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                        TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
