package org.harmreductionworks.hub.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * deploy/k8s as a cluster would take it: every manifest valid against the Kubernetes schemas (strictly: no field the
 * schema does not know), and pointing at what exists. The check is src/test/k8s-check/check.mjs (its packages pinned
 * there and installed by the build's npm ci); this test runs it and asks the running app the probes' paths.
 */
@DatabaseIndependent
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path CHECK = Path.of("src/test/k8s-check");
    private static final Path MANIFESTS = Path.of("deploy/k8s");

    @Test
    void theManifestsAreValidKubernetesAndPointAtWhatExists() throws Exception {
        Result result = check(MANIFESTS);
        assertEquals(List.of(), result.errors());
        assertEquals(0, result.exit(), result.output().toString());
    }

    @Test
    void theProbesAskThePathsAndPortTheAppAnswersHealthOn() throws Exception {
        JsonNode output = check(MANIFESTS).output();

        assertEquals(3, output.path("probes").size(), output.toString());
        for (JsonNode probe : output.path("probes")) {
            given().when().get(probe.path("path").asText()).then().statusCode(200);
        }
        // As configured for production (a test runs the app on free ports).
        assertEquals(configured("quarkus.http.port"), output.path("ports").path("http").asInt());
        assertEquals(configured("quarkus.management.port"), output.path("ports").path("management").asInt());
    }

    @Test
    void aMisspeltFieldAWrongTypeAProbeOffTheHealthPathsAMissingLimitAndAStrayTargetAreEachFound() throws Exception {
        Path broken = Path.of("target/k8s-check/broken");
        copy(MANIFESTS, broken);
        edit(broken.resolve("deployment.yaml"), "          livenessProbe:", "          livenesProbe:");
        edit(broken.resolve("deployment.yaml"), "periodSeconds: 10", "periodSeconds: \"10s\"");
        edit(broken.resolve("deployment.yaml"), "path: /q/health/ready", "path: /health/ready");
        edit(broken.resolve("deployment.yaml"), "            limits:", "            limitz:");
        edit(broken.resolve("hpa.yaml"), "    name: hrw-hub\n", "    name: hrw-hub-app\n");

        Result result = check(broken);

        assertEquals(1, result.exit(), result.output().toString());
        String errors = String.join("\n", result.errors());
        for (String expected : List.of("unknown field \"livenesProbe\"", "periodSeconds must be integer",
                "readinessProbe asks /health/ready", "unknown field \"limitz\"", "has no resources.limits.memory",
                "scales apps/v1 Deployment hrw-hub-app")) {
            assertTrue(errors.contains(expected), "missing: " + expected + "\nin:\n" + errors);
        }
    }

    private record Result(int exit, JsonNode output, List<String> errors) {
    }

    private static Result check(Path folder) throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(CHECK.resolve("node_modules/kubernetes-models")),
                "the build's npm ci in " + CHECK + " installs the check's packages");
        Process process = new ProcessBuilder("node", CHECK.resolve("check.mjs").toString(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the check did not finish");
        JsonNode output = new ObjectMapper().readTree(out);
        List<String> errors = StreamSupport.stream(output.path("errors").spliterator(), false)
                .map(JsonNode::asText).toList();
        return new Result(process.exitValue(), output, errors);
    }

    private static int configured(String key) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return Integer.parseInt(properties.getProperty(key));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " no longer has " + from + ": update this test");
        Files.writeString(file, text.replace(from, to));
    }
}
