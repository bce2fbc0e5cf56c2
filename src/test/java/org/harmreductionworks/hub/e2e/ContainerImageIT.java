package org.harmreductionworks.hub.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmreductionworks.hub.testing.LoopbackPorts;
import org.harmreductionworks.hub.testing.OciImage;
import org.harmreductionworks.hub.testing.PackagedAppDatabase;
import org.harmreductionworks.hub.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The container image as a registry would serve it: the OCI archive `./mvnw package -Pimage` writes, unpacked layer
 * by layer, checked for what it must and must not hold, then run from its own files alone as Kubernetes runs it
 * (deploy/k8s): its entrypoint and environment, uid 1001, a read-only root file system with an empty /tmp mounted
 * over it, and nothing of this machine's visible (a new root, mount and process namespace).
 */
@EnabledIfSystemProperty(named = "hrw.image.tar", matches = ".+", disabledReason = "No image to check: it is built "
        + "with -Pimage (./mvnw verify -Ppostgresql,image, as CI does), which writes target/hrw-hub-image.tar")
class ContainerImageIT {

    private static final List<String> ENTRYPOINT = List.of("/opt/java/openjdk/bin/java", "-XX:+ExitOnOutOfMemoryError",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "/deployments/quarkus-run.jar");
    /** The only files that may be executed: the JVM, the dynamic loader, and the JDK's process-spawn helper. */
    private static final Set<String> EXECUTABLES = Set.of("opt/java/openjdk/bin/java", "lib64/ld-linux-x86-64.so.2",
            "opt/java/openjdk/lib/jspawnhelper");
    private static final Set<String> TOOLS = Set.of("sh", "bash", "dash", "ash", "busybox", "javac", "jar", "jlink",
            "jdeps", "jshell", "jcmd", "jmap", "jstack", "keytool", "mvn", "mvnw", "apt", "apt-get", "dpkg", "rpm",
            "gcc", "cc", "ld", "make", "curl", "wget");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern SPANISH_DATE = Pattern.compile("publicada \\d{1,2} de [a-z]+ de \\d{4}");

    private static Path rootfs;
    private static OciImage image;
    private static JsonNode config;

    @BeforeAll
    static void unpackTheImage() throws IOException {
        Path archive = Path.of(System.getProperty("hrw.image.tar"));
        assertTrue(Files.isRegularFile(archive), "-Pimage should have built " + archive);
        rootfs = archive.resolveSibling("image-it/rootfs");
        image = OciImage.unpack(archive, rootfs);
        config = image.config().path("config");
    }

    @Test
    void runsAsTheNumericNonRootUserTheKubernetesManifestsName() throws IOException {
        assertEquals("1001:1001", config.path("User").asText());
        assertTrue(Files.readAllLines(rootfs.resolve("etc/passwd")).contains(
                "hrw:x:1001:1001:HRW hub:/nonexistent:/sbin/nologin"), "Java asks for the user's name and home");
    }

    @Test
    void startsJavaOnTheFastJarWithTheHeapAt75PercentAndExposesTheAppAndManagementPorts() {
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(arg -> entrypoint.add(arg.asText()));
        assertEquals(ENTRYPOINT, entrypoint);
        assertTrue(config.path("Cmd").isMissingNode() || config.path("Cmd").isNull() || config.path("Cmd").isEmpty());
        assertEquals("/deployments", config.path("WorkingDir").asText());
        assertEquals(Set.of("8080/tcp", "9000/tcp"), fieldNames(config.path("ExposedPorts")));
        assertEquals(Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75.0", "LANG", "C.UTF-8",
                "JAVA_HOME", "/opt/java/openjdk", "PATH", "/opt/java/openjdk/bin"), environment());

        JsonNode labels = config.path("Labels");
        assertEquals("hrw-hub", labels.path("org.opencontainers.image.title").asText());
        assertFalse(labels.path("org.opencontainers.image.version").asText().isBlank());
        // The image under test is the one this build made: for the database this build is for.
        assertEquals(System.getProperty("quarkus.datasource.db-kind"),
                labels.path("org.harmreductionworks.hub.database").asText());
    }

    @Test
    void theDockerfileForEnginesGivesTheSameEntrypointUserDirectoryPortsAndJvmOptions() throws IOException {
        // Joined continuation lines, one instruction per line.
        List<String> instructions = List.of(Files.readString(Path.of("deploy/docker/Dockerfile.jvm"))
                .replaceAll("\\\\\n\\s*", " ").split("\n"));
        JsonNode entrypoint = JSON.readTree(instruction(instructions, "ENTRYPOINT"));
        assertEquals(config.path("Entrypoint"), entrypoint);
        assertEquals(config.path("User").asText(), instruction(instructions, "USER"));
        assertEquals(config.path("WorkingDir").asText(), instruction(instructions, "WORKDIR"));
        assertEquals(fieldNames(config.path("ExposedPorts")), Set.of(instruction(instructions, "EXPOSE").split(" "))
                .stream().map(port -> port + "/tcp").collect(Collectors.toSet()));
        Map<String, String> env = new LinkedHashMap<>();
        Matcher pair = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)").matcher(instruction(instructions, "ENV"));
        while (pair.find()) {
            env.put(pair.group(1), pair.group(2).replace("\"", ""));
        }
        assertEquals(Map.of("JAVA_TOOL_OPTIONS", environment().get("JAVA_TOOL_OPTIONS"), "LANG",
                environment().get("LANG")), env);
    }

    @Test
    void holdsNoShellNoPackageManagerAndNoJdkTools() {
        Set<String> executables = image.entries().values().stream().filter(OciImage.Entry::executable)
                .map(OciImage.Entry::path).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXECUTABLES), executables);
        List<String> tools = image.entries().values().stream().filter(entry -> TOOLS.contains(entry.name()))
                .map(OciImage.Entry::path).toList();
        assertEquals(List.of(), tools);
        List<String> jdkOnly = image.entries().keySet().stream()
                .filter(path -> path.endsWith(".jmod") || path.endsWith("/jmods") || path.endsWith("/include")
                        || path.endsWith(".h") || path.endsWith("/src.zip"))
                .toList();
        assertEquals(List.of(), jdkOnly);
        assertTrue(image.entries().values().stream().noneMatch(entry -> entry.type() == 'l'),
                "no symbolic links, so nothing points outside the image");
    }

    @Test
    void theAppsUserCanWriteNothingButTmp() {
        List<String> writable = image.entries().values().stream()
                .filter(entry -> entry.uid() == 1001 || entry.gid() == 1001 || (entry.mode() & 0022) != 0)
                .map(entry -> entry.path() + " " + Integer.toOctalString(entry.mode()) + " " + entry.uid() + ":"
                        + entry.gid())
                .toList();
        assertEquals(List.of("tmp 777 0:0"), writable);
        assertEquals('d', image.entry("tmp").type(), "a mount point for the emptyDir");
    }

    @Test
    void putsWhatChangesLeastInTheFirstLayers() {
        assertEquals(List.of("system", "java runtime", "quarkus libraries", "quarkus launcher", "application",
                "quarkus generated"), image.layerNames());
        int libc = image.entry("lib/x86_64-linux-gnu/libc.so.6").layer();
        int java = image.entry("opt/java/openjdk/bin/java").layer();
        int libraries = image.entry("deployments/lib/boot/" + firstFileIn("deployments/lib/boot/")).layer();
        int app = image.entry("deployments/app/" + firstFileIn("deployments/app/")).layer();
        assertTrue(libc < java && java < libraries && libraries < app, List.of(libc, java, libraries, app).toString());
    }

    @Test
    void theJavaRuntimeTrustsThePublicCertificateAuthoritiesAndSpeaksTls() throws Exception {
        KeyStore cacerts = KeyStore.getInstance(rootfs.resolve("opt/java/openjdk/lib/security/cacerts").toFile(),
                "changeit".toCharArray());
        assertTrue(cacerts.size() > 80, "the JDK's CA certificates, for TLS to Keycloak and SMTP: " + cacerts.size());
        String release = Files.readString(rootfs.resolve("opt/java/openjdk/release"));
        for (String module : List.of("java.base", "jdk.crypto.ec", "jdk.localedata", "java.desktop", "java.sql")) {
            assertTrue(Pattern.compile("MODULES=\".*\\b" + Pattern.quote(module) + "\\b").matcher(release).find(),
                    module + " in " + release);
        }
    }

    @Test
    void javaInTheImageUsesUtf8ForTextAndFileNames() throws Exception {
        assumeTrue(canRunContainers(), CANNOT_RUN);
        Path log = rootfs.resolveSibling("java-settings.log");
        Process java = startInContainer(List.of("/opt/java/openjdk/bin/java", "-XshowSettings:properties", "-version"),
                environment(), log);
        assertTrue(java.waitFor(2, TimeUnit.MINUTES), "java -version did not finish");
        String settings = Files.readString(log);
        assertEquals(0, java.exitValue(), settings);
        assertTrue(settings.contains("file.encoding = UTF-8"), settings);
        assertTrue(settings.contains("sun.jnu.encoding = UTF-8"), settings);
        assertTrue(settings.contains("user.name = hrw"), settings);
        assertTrue(settings.contains("user.dir = /deployments"), settings);
    }

    @Test
    void theHeapDefaultIs75PercentAndTheDeploymentsJdkJavaOptionsOverrideIt() throws Exception {
        assumeTrue(canRunContainers(), CANNOT_RUN);
        assertEquals("75.000000", maxRamPercentage(environment()));
        Map<String, String> env = environment();
        env.put("JDK_JAVA_OPTIONS", "-XX:MaxRAMPercentage=60");
        assertEquals("60.000000", maxRamPercentage(env));
    }

    /** The entrypoint's JVM with the image's options, asked for its heap share instead of starting the app. */
    private static String maxRamPercentage(Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(ENTRYPOINT.subList(0, ENTRYPOINT.indexOf("-jar")));
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Path log = rootfs.resolveSibling("java-flags.log");
        Process java = startInContainer(command, env, log);
        assertTrue(java.waitFor(2, TimeUnit.MINUTES), "java -version did not finish");
        String flags = Files.readString(log);
        Matcher flag = Pattern.compile("MaxRAMPercentage\\s+= (\\S+)").matcher(flags);
        assertTrue(flag.find(), flags);
        return flag.group(1);
    }

    @Test
    void servesTheAppFromTheImageAloneAsKubernetesRunsIt() throws Exception {
        assumeTrue(canRunContainers(), CANNOT_RUN);
        int port = LoopbackPorts.free();
        int managementPort = LoopbackPorts.free();
        Map<String, String> env = environment();
        new PackagedAppDatabase().start().forEach((key, value) -> env.put(environmentName(key), value));
        // A realm nobody answers at: the app starts and serves everything public.
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + LoopbackPorts.free() + "/realms/hrw");
        // Added options arrive through JDK_JAVA_OPTIONS (no shell in the image to expand any other variable): the
        // app must listen where this says, or the test never finds it.
        env.put("JDK_JAVA_OPTIONS", "-Dquarkus.http.port=" + port + " -Dquarkus.http.host=127.0.0.1"
                + " -Dquarkus.management.port=" + managementPort + " -Dquarkus.management.host=127.0.0.1");
        Path log = rootfs.resolveSibling("app.log");
        Process app = startInContainer(ENTRYPOINT, env, log);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitReady(app, base + "/q/health/ready", log);

            given().baseUri(base).when().get("/api/v1/groups").then().statusCode(200)
                    .body("items.size()", greaterThan(0));
            String html = given().baseUri(base).queryParam("format", "html").queryParam("lang", "es")
                    .when().get("/api/v1/script").then().statusCode(200).extract().asString();
            assertTrue(SPANISH_DATE.matcher(html).find(), "dates in Spanish need jdk.localedata: " + html);

            byte[] pdf = given().baseUri(base).queryParam("format", "pdf").queryParam("lang", "es")
                    .when().get("/api/v1/script").then().statusCode(200).contentType(equalTo("application/pdf"))
                    .extract().asByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(SPANISH_DATE.matcher(text).find(), text);
            }
            // Accessible and archivable as on a full JDK: fonts embedded, the PDF/A colour profile written.
            assertEquals(List.of(), VeraPdf.violations(pdf, VeraPdf.SCRIPT_PROFILES));
            // The process's CPU comes from com.sun.management (jdk.management); without it the meter is missing.
            String metrics = given().baseUri("http://127.0.0.1:" + managementPort).when().get("/q/metrics").then()
                    .statusCode(200).extract().asString();
            for (String meter : List.of("process_cpu_usage", "jvm_memory_used_bytes", "system_cpu_usage")) {
                assertTrue(metrics.contains(meter + "{") || metrics.contains(meter + " "), meter + " in " + metrics);
            }

            String output = Files.readString(log);
            for (String missing : List.of("UnsatisfiedLinkError", "NoClassDefFoundError", "ExceptionInInitializerError")) {
                assertFalse(output.contains(missing), missing + " in the app's log:\n" + output);
            }
            assertTrue(output.contains("Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75.0"), output);
            assertTrue(output.contains("Picked up JDK_JAVA_OPTIONS"), output);
        } finally {
            stop(app);
        }
    }

    private static final String CANNOT_RUN = "Running the image needs root (to enter a new root, mount and process "
            + "namespace as a container runtime does) and util-linux's unshare and mount; CI runs as root";

    private static boolean canRunContainers() {
        return OciImage.runningAsRoot() && Files.isExecutable(Path.of("/usr/bin/unshare"))
                && Files.isExecutable(Path.of("/usr/bin/mount"));
    }

    /**
     * Runs a command inside the unpacked image as a container runtime would: new mount and process namespaces (the
     * command is process 1), the image's root mounted read-only with an empty tmpfs on /tmp (the Deployment's
     * readOnlyRootFilesystem and emptyDir), /proc mounted, then the root changed to the image, the working directory
     * set, and the image's user taken, supplementary groups dropped. The environment is exactly {@code env}.
     */
    private static Process startInContainer(List<String> command, Map<String, String> env, Path log)
            throws IOException {
        String[] user = config.path("User").asText().split(":");
        String script = String.join("\n",
                "set -e",
                "root=\"$1\"; workdir=\"$2\"; uid=\"$3\"; gid=\"$4\"; shift 4",
                "/usr/bin/mount --bind \"$root\" \"$root\"",
                "/usr/bin/mount -o remount,bind,ro \"$root\"",
                "/usr/bin/mount -t tmpfs -o mode=777,size=256m tmpfs \"$root/tmp\"",
                "/usr/bin/mount -t proc proc \"$root/proc\"",
                "exec /usr/bin/unshare --root=\"$root\" --wd=\"$workdir\" --setgid=\"$gid\" --setuid=\"$uid\" -- \"$@\"");
        Files.createDirectories(rootfs.resolve("proc"));
        List<String> full = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--pid", "--fork", "--kill-child",
                "/bin/sh", "-c", script, "container", rootfs.toString(), config.path("WorkingDir").asText("/"),
                user[0], user[1]));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process container = builder.start();
        // Taking uid 1001 clears the parent-death signal, so the app would outlive a test JVM that dies early.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> container.descendants()
                .forEach(ProcessHandle::destroyForcibly)));
        return container;
    }

    private static void awaitReady(Process app, String url, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(app.isAlive(), () -> "the app stopped:\n" + readQuietly(log));
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT + ":\n" + readQuietly(log));
    }

    /** SIGTERM to the app (process 1 of its namespace), as a runtime stops a container; SIGKILL if it hangs. */
    private static void stop(Process container) throws InterruptedException {
        container.descendants().forEach(ProcessHandle::destroy);
        if (!container.waitFor(60, TimeUnit.SECONDS)) {
            container.descendants().forEach(ProcessHandle::destroyForcibly);
            container.destroyForcibly();
            container.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The image's Env, as the runtime sets it. */
    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        config.path("Env").forEach(entry -> {
            String[] pair = entry.asText().split("=", 2);
            env.put(pair[0], pair[1]);
        });
        return env;
    }

    /** quarkus.datasource.jdbc.url -> QUARKUS_DATASOURCE_JDBC_URL, as Quarkus maps environment variables. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String instruction(List<String> dockerfile, String keyword) {
        return dockerfile.stream().filter(line -> line.startsWith(keyword + " "))
                .map(line -> line.substring(keyword.length() + 1).trim()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + keyword + " in the Dockerfile"));
    }

    private static String firstFileIn(String directory) {
        return image.entries().keySet().stream()
                .filter(path -> path.startsWith(directory) && image.entry(path).isFile())
                .map(path -> path.substring(directory.length()))
                .filter(name -> !name.contains("/"))
                .findFirst().orElseThrow(() -> new AssertionError("nothing in " + directory));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
