package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Lints the OpenAPI document the hub serves with Spectral's OpenAPI ruleset ({@code spectral:oas}), the linter tool
 * builders run on a document before they generate from it. The CLI is pinned in src/test/openapi-lint/package.json
 * and installed by the build ({@code npm ci}); the ruleset file beside it is where a rule turned off has to say why.
 */
@DatabaseIndependent
@QuarkusTest
class OpenApiSpectralTest {

    private static final Path LINT = Path.of("src/test/openapi-lint");
    private static final Path CLI = LINT.resolve("node_modules/@stoplight/spectral-cli/dist/index.js");

    @Test
    void theServedDocumentHasNoSpectralErrorsOrWarnings() throws Exception {
        byte[] document = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asByteArray();
        Path file = Path.of("target/openapi-lint/openapi.json");
        Files.createDirectories(file.getParent());
        Files.write(file, document);

        JsonNode results = spectral(file);

        assertTrue(results.isArray(), results.toString());
        String found = StreamSupport.stream(results.spliterator(), false)
                .map(OpenApiSpectralTest::describe).collect(Collectors.joining("\n"));
        assertEquals(0, results.size(), "Spectral (" + version() + ") found:\n" + found);
    }

    @Test
    void spectralReportsABrokenDocument() throws Exception {
        // The same run must see a problem when there is one, or the test above proves nothing.
        Path file = Path.of("target/openapi-lint/broken.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": {
                  "parameters": [{"name": "from", "in": "query", "required": true,
                                  "schema": {"type": "integer", "minimum": 1, "default": 0}}],
                  "responses": {"200": {"description": "ok"}}}}}}""", StandardCharsets.UTF_8);

        List<String> codes = StreamSupport.stream(spectral(file).spliterator(), false)
                .map(result -> result.path("code").asText()).toList();

        assertTrue(codes.containsAll(List.of("oas3-valid-schema-example", "operation-description", "info-contact")),
                codes.toString());
    }

    private static JsonNode spectral(Path document) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(CLI), CLI + " is missing: the build's npm ci in " + LINT + " installs it");
        Path output = document.resolveSibling(document.getFileName() + ".spectral.json");
        Files.deleteIfExists(output);
        Process process = new ProcessBuilder("node", CLI.toString(), "lint", "--ruleset",
                LINT.resolve(".spectral.yaml").toString(), "--format", "json", "--output", output.toString(),
                "--fail-severity", "error", "--quiet", document.toString())
                .redirectErrorStream(true).start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "Spectral did not finish");
        // Exit 0: no errors; 1: errors found. Anything else is Spectral failing to run (a bad ruleset, say).
        assertTrue(process.exitValue() <= 1 && Files.isRegularFile(output),
                "Spectral exited " + process.exitValue() + ": " + console);
        return new ObjectMapper().readTree(output.toFile());
    }

    private static String version() throws IOException {
        return new ObjectMapper().readTree(LINT.resolve("node_modules/@stoplight/spectral-cli/package.json").toFile())
                .path("version").asText();
    }

    private static String describe(JsonNode result) {
        String severity = switch (result.path("severity").asInt()) {
            case 0 -> "error";
            case 1 -> "warning";
            case 2 -> "info";
            default -> "hint";
        };
        return "  " + severity + " " + result.path("code").asText() + " at "
                + StreamSupport.stream(result.path("path").spliterator(), false)
                        .map(JsonNode::asText).collect(Collectors.joining("."))
                + ": " + result.path("message").asText();
    }
}
