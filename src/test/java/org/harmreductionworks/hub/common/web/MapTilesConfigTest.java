package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(MapTilesConfigTest.WithTiles.class)
class MapTilesConfigTest {

    public static class WithTiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hrw.web.map-tile-url", "https://tiles.example.org/{z}/{x}/{y}.png",
                    "hrw.web.map-attribution", "© Example Tiles");
        }
    }

    @Test
    void aConfiguredTileServerIsTheOnlyOtherHostImagesMayComeFrom() {
        given().when().get("/api/v1/config")
                .then().statusCode(200)
                .body("map.tileUrl", equalTo("https://tiles.example.org/{z}/{x}/{y}.png"))
                .body("map.attribution", equalTo("© Example Tiles"))
                .header("Content-Security-Policy", containsString("img-src 'self' data: https://tiles.example.org;"));
    }
}
