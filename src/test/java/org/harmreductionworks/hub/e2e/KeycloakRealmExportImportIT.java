package org.harmreductionworks.hub.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.testing.KeycloakHome;
import org.harmreductionworks.hub.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The Keycloak half of the backup runbook in deploy/README.md: a person who exists only in one Keycloak's database
 * (registered there, made a steward there) is in the realm export taken with that Keycloak stopped, and signs in
 * with the same password, the same subject and the steward role on a fresh Keycloak that imported the export.
 */
class KeycloakRealmExportImportIT {

    private static final String REALM = "hrw-demo";
    private static final Path WORK = Path.of("target/keycloak-backup-it");

    @Test
    void aPersonRegisteredInOneKeycloakSignsInAsAStewardOnAFreshOneThatImportedItsExport() throws Exception {
        assumeTrue(TestPostgres.fromEnvironment().isPresent(), "Four Keycloak launches take minutes, so this runs "
                + "once in CI, on the PostgreSQL run (HRW_TEST_JDBC_URL is unset, so this is the H2 run); the realm "
                + "export does not depend on the hub's database");
        KeycloakHome keycloak = KeycloakHome.under(WORK.resolve("home"));
        Path original = WORK.resolve("original");
        Path export = WORK.resolve("export");
        Path restored = WORK.resolve("restored");
        for (Path dir : List.of(original, export, restored)) {
            deleteRecursively(dir);
        }
        Files.createDirectories(original);
        Files.createDirectories(restored);
        String password = "restored-" + random();

        String subject;
        String adminPassword = random();
        try (KeycloakHome.Server server = keycloak.start(original, "master", Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword),
                WORK.resolve("original.log"))) {
            String admin = given().baseUri(server.url()).contentType(ContentType.URLENC)
                    .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                    .formParam("username", "admin").formParam("password", adminPassword)
                    .when().post("/realms/master/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            given().baseUri(server.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Files.readString(Path.of("deploy/keycloak/demo/" + REALM + "-realm.json")))
                    .when().post("/admin/realms").then().statusCode(201);
            String location = given().baseUri(server.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("username", "restored-steward", "email", "restored-steward@example.org",
                            "firstName", "Rey", "lastName", "Stored", "enabled", true, "emailVerified", true,
                            "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                    .when().post("/admin/realms/" + REALM + "/users").then().statusCode(201)
                    .extract().header("Location");
            subject = location.substring(location.lastIndexOf('/') + 1);
            Map<String, Object> steward = given().baseUri(server.url()).auth().oauth2(admin)
                    .when().get("/admin/realms/" + REALM + "/roles/steward").then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            given().baseUri(server.url()).auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(steward))
                    .when().post("/admin/realms/" + REALM + "/users/" + subject + "/role-mappings/realm")
                    .then().statusCode(204);

            JsonPath claims = signIn(server.url(), "restored-steward", password);
            assertEquals(subject, claims.getString("sub"));
            assertTrue(claims.getList("realm_access.roles").contains("steward"), claims.prettify());
        }

        // The runbook's commands, with the first Keycloak stopped.
        keycloak.run(original, "export", "--dir=" + export.toAbsolutePath(), "--realm=" + REALM,
                "--users=realm_file");
        String exported = Files.readString(export.resolve(REALM + "-realm.json"), StandardCharsets.UTF_8);
        assertTrue(exported.contains("\"restored-steward\""), "the export holds the new person");
        keycloak.run(restored, "import", "--dir=" + export.toAbsolutePath());

        try (KeycloakHome.Server server = keycloak.start(restored, REALM, Map.of(), WORK.resolve("restored.log"))) {
            JsonPath claims = signIn(server.url(), "restored-steward", password);
            // The hub knows hosts by their subject: it must be the same after the restore.
            assertEquals(subject, claims.getString("sub"));
            assertTrue(claims.getList("realm_access.roles").contains("steward"), claims.prettify());
            assertTrue(claims.getList("aud").contains("hrw-api"), claims.prettify());
            // The realm's own demo people came along too.
            signIn(server.url(), "host", "host-demo");
            given().baseUri(server.url()).contentType(ContentType.URLENC)
                    .formParam("grant_type", "password").formParam("client_id", "hrw-web")
                    .formParam("username", "restored-steward").formParam("password", "not-" + password)
                    .when().post("/realms/" + REALM + "/protocol/openid-connect/token").then().statusCode(400)
                    .body("error", org.hamcrest.Matchers.equalTo("invalid_grant"));
        }
    }

    /** The password grant the demo realm's web client allows; answers the access token's claims. */
    private static JsonPath signIn(String keycloak, String username, String password) {
        String token = given().baseUri(keycloak).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "hrw-web")
                .formParam("username", username).formParam("password", password).formParam("scope", "openid")
                .when().post("/realms/" + REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
