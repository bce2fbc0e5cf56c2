package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.harmreductionworks.hub.common.error.Problem;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Conditional reads as RFC 9110 has them: a garbled date is ignored, a failed condition is a problem like any other. */
@QuarkusTest
class ConditionalRequestsTest {

    private static final String SCRIPT = "/api/v1/script/versions/1";
    /** One of each way a tagged answer is made: the script's own, a kept feed, a feed tagged on the fly. */
    private static final List<String> TAGGED = List.of(SCRIPT, "/api/v1/script", "/api/v1/feeds/groups.ics",
            "/api/v1/feeds/exercises.atom", "/api/bmlt/client_interface/json/?switcher=GetServiceBodies");

    @Test
    void aDateConditionThatIsNotADateIsIgnored() {
        for (String header : List.of("If-Modified-Since", "If-Unmodified-Since")) {
            for (String address : TAGGED) {
                given().header(header, "garbage").accept("application/json, */*")
                        .when().get(address)
                        .then().statusCode(200)
                        .header("ETag", notNullValue());
            }
        }
    }

    @Test
    void aGarbledDateBesideAMatchingTagStillGivesNotModified() {
        String etag = given().when().get(SCRIPT).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).header("If-Modified-Since", "Sun, 99 Nope 2026")
                .when().get(SCRIPT)
                .then().statusCode(304);
    }

    @Test
    void aFailedIfMatchIsA412Problem() {
        for (String address : TAGGED) {
            given().header("If-Match", "\"not-this-one\"").header("Accept-Language", "en")
                    .when().get(address)
                    .then().statusCode(412)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(412))
                    .body("detail", containsString("If-Match"));
        }
    }

    @Test
    void anAcceptHeaderTheScriptCannotReadIsA406ListingWhatItOffers() {
        for (String accept : List.of("garbage", "/", "text/")) {
            given().header("Accept", accept)
                    .when().get(SCRIPT)
                    .then().statusCode(406)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString("application/pdf"));
        }
    }
}
