package org.harmreductionworks.hub.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.harmreductionworks.hub.testing.StandInKeycloak;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

/**
 * Keycloak rotates its signing key while it cannot be reached: a token signed with a key the service has not seen
 * cannot be checked, which is the identity provider being unavailable (503, try again), not a bad token (401, sign
 * in again). Tokens signed with a key the service already holds keep working through the outage.
 */
@DatabaseIndependent
@QuarkusTest
@QuarkusTestResource(value = KeyRotationDuringOutageTest.Provider.class, restrictToAnnotatedClass = true)
class KeyRotationDuringOutageTest {

    private static final KeyPair ROTATED = TestTokens.rsaKeyPair();

    @Test
    void aTokenWithAnUnseenKeyIsA503WhileKeycloakIsDownAndWorksOnceItIsBack() throws InterruptedException {
        String known = TestTokens.host();
        String rotated = signedWithTheRotatedKey();
        given().auth().oauth2(known).when().get("/api/v1/me").then().statusCode(200);

        Provider.takeDown();
        // The service fetches the key set again for an unseen key at most once per refresh interval (10 s): until
        // then it can only say the key is unknown.
        Response duringOutage = firstAnswerOtherThan401(rotated);
        duringOutage.then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hrw:problem:identity-provider-unavailable"));
        given().auth().oauth2(known).when().get("/api/v1/me").then().statusCode(200);

        // Once Keycloak is back, the rotated key is fetched within the interval, not the default ten minutes.
        Provider.start(true);
        firstAnswerOtherThan401(rotated).then().statusCode(200);
    }

    private static Response firstAnswerOtherThan401(String token) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(40);
        Response response = given().auth().oauth2(token).when().get("/api/v1/me");
        while (response.statusCode() == 401 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1000);
            response = given().auth().oauth2(token).when().get("/api/v1/me");
        }
        return response;
    }

    @Test
    void aTokenWithAKeyIdKeycloakDoesNotPublishIsStillA401WhenKeycloakAnswers() {
        Provider.start(false);
        KeyPair forged = TestTokens.rsaKeyPair();
        String token = Jwt.subject("00000000-0000-4000-8000-000000000009").issuer(TestTokens.ISSUER)
                .audience("hrw-api").expiresIn(300).jws().keyId("forged").sign(forged.getPrivate());
        given().auth().oauth2(token).when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    private static String signedWithTheRotatedKey() {
        return Jwt.subject("00000000-0000-4000-8000-000000000002").preferredUserName("host")
                .claim("given_name", "Alex").claim("realm_access", Map.of("roles", List.of()))
                .issuer(TestTokens.ISSUER).audience("hrw-api").expiresIn(300)
                .jws().keyId("2").sign(ROTATED.getPrivate());
    }

    /** A stand-in for Keycloak that the test can take down and bring back. */
    public static class Provider implements QuarkusTestResourceLifecycleManager {

        private static final StandInKeycloak KEYCLOAK = new StandInKeycloak();

        @Override
        public Map<String, String> start() {
            KEYCLOAK.start();
            Map<String, String> config = new HashMap<>(KEYCLOAK.serviceConfig());
            config.put("quarkus.oidc.connection-timeout", "1S");
            return config;
        }

        @Override
        public void stop() {
            takeDown();
        }

        static void takeDown() {
            KEYCLOAK.stop();
        }

        /** Publishes the test key ("1"), and the rotated key ("2") too once Keycloak has rotated. */
        static void start(boolean rotated) {
            if (rotated) {
                KEYCLOAK.start(TestTokens.jwk("2", (RSAPublicKey) ROTATED.getPublic()));
            } else {
                KEYCLOAK.start();
            }
        }
    }
}
