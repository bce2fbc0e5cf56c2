package org.harmreductionworks.hub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Keycloak installation of a test's own, under target/, for running Keycloak's commands as an operator would:
 * {@code start}, {@code export}, {@code import}, each in production mode with the same configuration
 * (conf/keycloak.conf: local caches, HTTP on loopback only), each on a data directory the test names.
 * <p>
 * It shares the libraries of the distribution the build unpacked and copies only its small parts. Its own copy
 * matters: Keycloak rebuilds its server image whenever a command's build options differ from the last build, and
 * the other tests' Keycloak (RealKeycloak) runs {@code start-dev}, while export and import run in production mode;
 * sharing one installation would rebuild it (a minute on a busy machine) at every switch.
 */
public final class KeycloakHome {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(6);

    /**
     * Keycloak's JVM without its optimising compiler (C2), for every Keycloak the tests start: a test's server lives
     * minutes, too short for C2's code to repay compiling it. On two cores a {@code start-dev} took 31 s and 55 s of
     * CPU with C2, 21 s and 26 s without, an {@code export} 12-14 s against 10-11 s; ten sign-ins took 2-3 s either
     * way.
     */
    static final Map<String, String> SHORT_LIVED_JVM = Map.of("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");

    private final Path home;

    private KeycloakHome(Path home) {
        this.home = home;
    }

    /**
     * The installation under {@code dir}, named after the unpacked distribution it shares (hrw.keycloak.home, e.g.
     * keycloak-26.7.3); made if not yet there, and kept with its server image for the next run.
     */
    public static KeycloakHome under(Path dir) throws IOException {
        Path distribution = Path.of(System.getProperty("hrw.keycloak.home", "target/keycloak/keycloak-26.7.3"))
                .toAbsolutePath();
        if (!Files.isExecutable(distribution.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + distribution
                    + ": run the tests through Maven (./mvnw verify), which unpacks it there.");
        }
        Path home = dir.resolve(distribution.getFileName()).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            TestFiles.deleteRecursively(home);
            Files.createDirectories(home.resolve("bin"));
            Files.createDirectories(home.resolve("lib"));
            // kc.sh finds its home from where it lies, so the script is copied, not linked.
            Files.copy(distribution.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"));
            for (String part : List.of("conf", "providers", "themes", "lib/quarkus", "lib/app")) {
                TestFiles.copyRecursively(distribution.resolve(part), home.resolve(part));
            }
            Files.copy(distribution.resolve("lib/quarkus-run.jar"), home.resolve("lib/quarkus-run.jar"));
            Files.createSymbolicLink(home.resolve("lib/lib"), distribution.resolve("lib/lib"));
            Files.writeString(home.resolve("conf/keycloak.conf"), String.join("\n",
                    "# Written by the tests (KeycloakHome): one configuration for start, export and import.",
                    "cache=local", "http-enabled=true", "http-host=127.0.0.1", "hostname-strict=false", ""));
        }
        // The realms sign people in with our theme: install it as it is now.
        Path theme = home.resolve("themes/hrw");
        TestFiles.deleteRecursively(theme);
        TestFiles.copyRecursively(Path.of("deploy/keycloak/themes/hrw"), theme);
        return new KeycloakHome(home);
    }

    /**
     * {@code kc.sh start} on a free loopback port with its database (dev-file H2) in {@code data}; answers once
     * {@code realm}'s discovery document is served. Stop it with {@link Server#close()}.
     */
    public Server start(Path data, String realm, Map<String, String> env, Path log) throws IOException {
        int port = LoopbackPorts.free();
        String url = "http://localhost:" + port;
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start",
                "--http-port=" + port, "--hostname=" + url, dataOption(data)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(SHORT_LIVED_JVM);
        builder.environment().putAll(env);
        Server server = new Server(builder.start(), url);
        Runtime.getRuntime().addShutdownHook(new Thread(server::kill));
        try {
            server.waitForRealm(realm, log);
        } catch (RuntimeException | IOException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Runs {@code kc.sh} with a command that ends by itself ({@code export}, {@code import}) on {@code data}. */
    public String run(Path data, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.addAll(List.of(arguments));
        command.add(dataOption(data));
        return ExternalCommand.run(home, SHORT_LIVED_JVM, COMMAND_TIMEOUT, command);
    }

    /** Where dev-file keeps its H2 database: DIR/data/h2 instead of the installation's own data directory. */
    private static String dataOption(Path data) {
        return "-Dkc.db-url-path=" + data.toAbsolutePath();
    }

    /** A running Keycloak. */
    public static final class Server implements AutoCloseable {

        private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

        private final Process process;
        private final String url;

        private Server(Process process, String url) {
            this.process = process;
            this.url = url;
        }

        public String url() {
            return url;
        }

        private void waitForRealm(String realm, Path log) throws IOException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI discovery = URI.create(url + "/realms/" + realm + "/.well-known/openid-configuration");
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited during start:\n" + Files.readString(log));
                }
                try {
                    if (client.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new IllegalStateException("Keycloak did not serve realm " + realm + " within " + START_TIMEOUT
                    + "; see " + log.toAbsolutePath());
        }

        /** Stops Keycloak as an operator would (SIGTERM; kc.sh passes it on to its JVM) and waits for it. */
        @Override
        public void close() {
            List<ProcessHandle> tree = process.descendants().toList();
            process.destroy();
            try {
                // The JVM must have let go of its H2 file before export or import opens it.
                process.onExit().get(60, TimeUnit.SECONDS);
                for (ProcessHandle child : tree) {
                    child.onExit().get(60, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }

        private void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
