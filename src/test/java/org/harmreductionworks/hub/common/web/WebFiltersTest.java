package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.harmreductionworks.hub.testing.AppUnderTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class WebFiltersTest {

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() {
        given().when().get("/api/v1/config")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void theSignInServerIsTheOnlyOtherPlaceTheAppMayConnectTo() {
        given().when().get("/q/health/live")
                .then().header("Content-Security-Policy", containsString("connect-src 'self' http://127.0.0.1:"));
    }

    @Test
    void behindATrustedProxyLinksUseTheAddressPeopleReachedItAt() {
        // The tests connect from loopback, which is the default trusted proxy; HRW_PUBLIC_URL is not set here.
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "hub.example.org")
                .when().get("/api/v1/feeds/exercises.atom")
                .then().statusCode(200)
                .body(containsString("<id>https://hub.example.org/exercises</id>"))
                .body(not(containsString(AppUnderTest.origin())));
    }

    @Test
    void anyOriginMayReadTheApi() {
        given().header("Origin", "https://some-meeting-finder.example")
                .when().get("/api/v1/config")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void aPreflightForAReadFromAnyOriginIsAllowed() {
        given().header("Origin", "https://some-meeting-finder.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/config")
                .then().statusCode(204)
                .header("Access-Control-Allow-Methods", equalTo("GET, HEAD"));
    }

    @Test
    void anUnknownOriginMayNotWrite() {
        given().header("Origin", "https://attacker.example")
                .contentType(ContentType.JSON).body("{\"title\":\"x\",\"rating\":1}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anUnknownOriginsWritePreflightIsRefused() {
        given().header("Origin", "https://attacker.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/test-probe/notes")
                .then().statusCode(403);
    }

    @Test
    void aConfiguredOriginMayWrite() {
        given().header("Origin", "https://partner.example.org")
                .contentType(ContentType.JSON).body("{\"title\":\"x\",\"rating\":1}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://partner.example.org"));
    }

    @Test
    void aConfiguredOriginMaySendARegistrationsIdempotencyKeyAndReadWhetherItWasReplayed() {
        given().header("Origin", "https://partner.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .when().options("/api/v1/groups")
                .then().statusCode(204)
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        given().header("Origin", "https://partner.example.org")
                .when().get("/api/v1/config")
                .then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));
    }

    @Test
    void theAppsOwnOriginMayWrite() {
        given().header("Origin", AppUnderTest.origin())
                .contentType(ContentType.JSON).body("{\"title\":\"x\",\"rating\":1}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(200);
    }
}
