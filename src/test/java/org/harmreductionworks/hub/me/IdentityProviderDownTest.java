package org.harmreductionworks.hub.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@DatabaseIndependent
@QuarkusTest
@TestProfile(IdentityProviderDownTest.KeycloakUnreachable.class)
class IdentityProviderDownTest {

    public static class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) is closed on loopback: nothing answers there.
            String deadIssuer = "http://127.0.0.1:9/realms/hrw";
            return Map.of("quarkus.oidc.auth-server-url", deadIssuer,
                    "%test.quarkus.oidc.auth-server-url", deadIssuer,
                    "quarkus.oidc.connection-timeout", "1S");
        }
    }

    @Test
    void publicReadsKeepWorking() {
        given().when().get("/api/v1/config")
                .then().statusCode(200)
                .body("siteName", equalTo("Harm Reduction Works-HRW"));
    }

    @Test
    void aSignedInCallGetsA503ProblemNotA500() {
        given().auth().oauth2(TestTokens.host())
                .when().get("/api/v1/me")
                .then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hrw:problem:identity-provider-unavailable"));
    }

    @Test
    void anAnonymousCallToAProtectedEndpointIsStillA401() {
        given().when().get("/api/v1/me")
                .then().statusCode(401);
    }
}
