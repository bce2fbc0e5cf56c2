package org.harmreductionworks.hub.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.StandInKeycloak;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(StandInKeycloak.Resource.class)
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
    void eachHostedGroupSaysWhenItLastMetAndWhenItMeetsNextSoHostModeCanOpenOnTheRightOne() {
        String subject = "00000000-0000-4000-8000-0000000000b1";
        String daily = GroupTesting.registerAndApprove(TestTokens.person(subject), "Tuesday Falls", 11.0, 11.0);
        given().auth().oauth2(TestTokens.person(subject)).contentType(ContentType.JSON)
                .body(Map.of("status", "paused")).when().put("/api/v1/groups/" + daily + "/status")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.person(subject))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("hosts.find { it.slug == '%s' }.previousMeeting".formatted(daily), nullValue())
                .body("hosts.find { it.slug == '%s' }.nextMeeting".formatted(daily), nullValue());

        given().auth().oauth2(TestTokens.person(subject)).contentType(ContentType.JSON)
                .body(Map.of("status", "active")).when().put("/api/v1/groups/" + daily + "/status")
                .then().statusCode(200);
        String next = given().when().get("/api/v1/groups/" + daily).then().statusCode(200)
                .extract().path("nextMeeting.start");
        Map<String, String> hosted = given().auth().oauth2(TestTokens.person(subject))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("hosts.slug", hasItem(daily))
                .extract().path("hosts.find { it.slug == '%s' }".formatted(daily));
        Instant nextMeeting = Instant.parse(hosted.get("nextMeeting"));
        Instant previousMeeting = Instant.parse(hosted.get("previousMeeting"));
        assertEquals(Instant.parse(next), nextMeeting, "the same next meeting the group page shows");
        assertTrue(previousMeeting.isBefore(Instant.now()) && nextMeeting.isAfter(Instant.now()));
        // The test listing meets weekly on Tuesdays at 19:00 in New York: the two are a week apart, give or take
        // a daylight-saving hour.
        long hours = Duration.between(previousMeeting, nextMeeting).toHours();
        assertTrue(hours >= 167 && hours <= 169, "a week between them, not " + hours + " hours");
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
