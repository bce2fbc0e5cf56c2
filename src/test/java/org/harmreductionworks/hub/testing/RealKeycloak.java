package org.harmreductionworks.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak, started from its Maven Central distribution (unpacked by the build into target/keycloak) with
 * the demo realm and our login theme, on a free loopback port; stopped when the tests end. Set HRW_TEST_KEYCLOAK_URL to use one that is
 * already running with the demo realm imported instead.
 */
public class RealKeycloak implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "hrw-demo";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private Process process;
    private String baseUrl;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("HRW_TEST_KEYCLOAK_URL");
        baseUrl = external != null && !external.isBlank() ? external.replaceAll("/$", "") : startOwn();
        System.setProperty("hrw.test.keycloak-url", baseUrl);
        String issuer = issuer();
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "hrw.web.oidc-authority", issuer);
    }

    public static String issuer() {
        return System.getProperty("hrw.test.keycloak-url") + "/realms/" + REALM;
    }

    private String startOwn() {
        Path home = Path.of(System.getProperty("hrw.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        Path launcher = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("No Keycloak at " + home
                    + ": run the tests through Maven (./mvnw verify), which unpacks it there.");
        }
        int port = LoopbackPorts.free();
        String url = "http://localhost:" + port;
        try {
            // Import the realm file as it is now: drop what an earlier run imported.
            TestFiles.deleteRecursively(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Path.of("deploy/keycloak/demo/" + REALM + "-realm.json"), imports.resolve(REALM + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            // The realm signs people in with our theme: install it as it is now.
            Path theme = home.resolve("themes/hrw");
            TestFiles.deleteRecursively(theme);
            TestFiles.copyRecursively(Path.of("deploy/keycloak/themes/hrw"), theme);
            Path log = Path.of("target/keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "start-dev",
                    "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=" + url,
                    "--import-realm", "--health-enabled=false")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", randomSecret());
            process = builder.start();
            // If the tests die before stop() is called, Keycloak must not outlive them.
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.descendants().forEach(ProcessHandle::destroyForcibly);
                started.destroyForcibly();
            }));
            waitUntilReady(url, log);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitUntilReady(String url, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration");
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
        stop();
        throw new IllegalStateException("Keycloak did not become ready in " + START_TIMEOUT + "; see "
                + log.toAbsolutePath());
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        // kc.sh starts the Keycloak JVM as a child: stop the whole tree.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        process = null;
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
