package org.harmreductionworks.hub.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

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

    private static final KeyPair ROTATED = rsaKeyPair();

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
        KeyPair forged = rsaKeyPair();
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

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stand-in for Keycloak's discovery document and key set, that the test can take down and bring back. */
    public static class Provider implements QuarkusTestResourceLifecycleManager {

        private static HttpServer server;
        private static int port;

        @Override
        public Map<String, String> start() {
            start(false);
            String realm = "http://127.0.0.1:" + port + "/realms/hrw";
            return Map.of("quarkus.oidc.auth-server-url", realm,
                    "%test.quarkus.oidc.auth-server-url", realm,
                    "quarkus.oidc.connection-timeout", "1S");
        }

        @Override
        public void stop() {
            takeDown();
        }

        static synchronized void takeDown() {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }

        /** Publishes the test key ("1"), and the rotated key ("2") too once Keycloak has rotated. */
        static synchronized void start(boolean rotated) {
            takeDown();
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            port = server.getAddress().getPort();
            String realm = "http://127.0.0.1:" + port + "/realms/hrw";
            String discovery = "{\"issuer\":\"" + TestTokens.ISSUER + "\",\"jwks_uri\":\"" + realm
                    + "/protocol/openid-connect/certs\"}";
            List<String> keys = new ArrayList<>(List.of(testKey()));
            if (rotated) {
                RSAPublicKey key = (RSAPublicKey) ROTATED.getPublic();
                keys.add("{\"kid\":\"2\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
                        + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}");
            }
            String jwks = "{\"keys\":[" + String.join(",", keys) + "]}";
            server.createContext("/realms/hrw/.well-known/openid-configuration", exchange -> reply(exchange, discovery));
            server.createContext("/realms/hrw/protocol/openid-connect/certs", exchange -> reply(exchange, jwks));
            server.start();
        }

        private static void reply(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }

        /** The public half of the key TestTokens signs with, as quarkus-test-oidc-server ships it. */
        private static String testKey() {
            try (InputStream in = Provider.class.getClassLoader().getResourceAsStream("publicKey.jwk")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String base64Url(BigInteger value) {
            byte[] bytes = value.toByteArray();
            if (bytes[0] == 0 && bytes.length > 1) {
                bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
