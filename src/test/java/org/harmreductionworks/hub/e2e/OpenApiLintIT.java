package org.harmreductionworks.hub.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.testing.ExternalCommand;
import org.harmreductionworks.hub.testing.PackagedAppDatabase;
import org.harmreductionworks.hub.testing.RealKeycloak;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The published OpenAPI document is a product other tools are built on: it must lint clean with Redocly's
 * recommended rules (warnings included).
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = RealKeycloak.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PackagedAppDatabase.class, restrictToAnnotatedClass = true)
class OpenApiLintIT {

    private static final String REDOCLY_VERSION = "2.77.0";

    @Test
    void thePublishedOpenApiDocumentLintsClean() throws Exception {
        String spec = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path file = Path.of("target/openapi-published.json").toAbsolutePath();
        Files.writeString(file, spec);
        Path config = Path.of("src/test/resources/redocly.yaml").toAbsolutePath();
        String report = ExternalCommand.run(Path.of("target"), Map.of(), Duration.ofMinutes(5),
                List.of("npx", "--yes", "@redocly/cli@" + REDOCLY_VERSION, "lint", "--max-problems=100",
                        "--config=" + config, file.toString()));
        // Redocly exits 0 on warnings; "clean" means it reports none at all.
        assertTrue(report.contains("Your API description is valid") && !report.matches("(?s).*You have \\d+ warning.*"),
                "The OpenAPI document has lint warnings:\n" + report);
    }
}
