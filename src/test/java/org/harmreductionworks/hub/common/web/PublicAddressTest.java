package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.harmreductionworks.hub.testing.ConfiguredInstall;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With HRW_PUBLIC_URL set, no request decides the links and ids the feeds carry. */
@QuarkusTest
@TestProfile(ConfiguredInstall.class)
class PublicAddressTest {

    @Test
    void feedsLinkToTheConfiguredAddressWhateverHostTheRequestNamed() {
        for (String host : new String[] { "localhost", "attacker.example", "upstream:8080" }) {
            given().header("Host", host).header("X-Forwarded-Host", "forged.example")
                    .when().get("/api/v1/feeds/exercises.atom")
                    .then().statusCode(200)
                    .body(containsString("<id>https://hrw.example.org/exercises</id>"))
                    .body(not(containsString(host)))
                    .body(not(containsString("forged.example")));
        }
        given().header("Host", "attacker.example").when().get("/api/v1/feeds/groups.geojson")
                .then().statusCode(200).body(not(containsString("attacker.example")));
    }

    @Test
    void onlyASchemeHostAndPortAreTakenFromTheSetting() {
        assertEquals("https://hrw.example.org", PublicOrigin.originOf(URI.create("https://hrw.example.org/some/path")));
        assertEquals("http://localhost:8080", PublicOrigin.originOf(URI.create("http://localhost:8080")));
        assertThrows(IllegalArgumentException.class, () -> PublicOrigin.originOf(URI.create("hrw.example.org")));
        assertThrows(IllegalArgumentException.class, () -> PublicOrigin.originOf(URI.create("ftp://hrw.example.org")));
    }
}
