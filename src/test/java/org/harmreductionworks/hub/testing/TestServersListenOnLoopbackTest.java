package org.harmreductionworks.hub.testing;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URL;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The app under test and the servers started beside it can be reached from this machine only. */
@DatabaseIndependent
@QuarkusTest
class TestServersListenOnLoopbackTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theAppItsManagementInterfaceAndTheStandInKeycloakAnswerOnLoopbackOnly() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200);
        LoopbackPorts.assertNothingAnswersElsewhereOn(RestAssured.port, "the app");
        LoopbackPorts.assertNothingAnswersElsewhereOn(management.getPort(), "the management interface");
        URI keycloak = URI.create(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
        LoopbackPorts.assertNothingAnswersElsewhereOn(keycloak.getPort(), "the stand-in Keycloak");
    }
}
