package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.harmreductionworks.hub.testing.ConfiguredInstall;
import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@DatabaseIndependent
@QuarkusTest
@TestProfile(ConfiguredInstall.class)
class MapTilesConfigTest {

    @Test
    void aConfiguredTileServerIsTheOnlyOtherHostImagesMayComeFrom() {
        given().when().get("/api/v1/config")
                .then().statusCode(200)
                .body("map.tileUrl", equalTo("https://tiles.example.org/{z}/{x}/{y}.png"))
                .body("map.attribution", equalTo("© Example Tiles"))
                .header("Content-Security-Policy", containsString("img-src 'self' data: https://tiles.example.org;"));
    }
}
