package org.harmreductionworks.hub.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class MeResourceTest {

    @Test
    void tellsAStewardTheyAreAStewardAndGreetsThemByFirstName() {
        given().auth().oauth2(TestTokens.steward())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Sam"))
                .body("steward", equalTo(true));
    }

    @Test
    void someoneWhoHostsNoGroupIsNotAStewardAndHostsNothing() {
        String fresh = TestTokens.token("00000000-0000-4000-8000-0000000000aa", "fresh", "Robin", List.of(),
                TestTokens.ISSUER, "hrw-api");
        given().auth().oauth2(fresh)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Robin"))
                .body("steward", equalTo(false))
                .body("hosts", empty());
    }

    @Test
    void anonymousCallersGetA401ProblemWithABearerChallenge() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String foreign = TestTokens.token("x", "mallory", "Mallory", List.of("steward"), "https://evil.example.com",
                "hrw-api");
        given().auth().oauth2(foreign)
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String otherApi = TestTokens.token("x", "steward", "Sam", List.of("steward"), TestTokens.ISSUER, "other-api");
        given().auth().oauth2(otherApi)
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = TestTokens.newcomer().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"roles\":[]", "\"roles\":[\"steward\"]");
        String tampered = parts[0] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        given().auth().oauth2(tampered)
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void garbageInTheAuthorizationHeaderIsA401NotA500() {
        given().header("Authorization", "Bearer not-a-jwt")
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }
}
