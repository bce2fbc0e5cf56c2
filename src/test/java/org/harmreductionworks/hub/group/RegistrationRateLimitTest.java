package org.harmreductionworks.hub.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.testing.ConfiguredInstall;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(ConfiguredInstall.class)
class RegistrationRateLimitTest {

    private static String account(String id) {
        return TestTokens.token("00000000-0000-4000-8000-00000000r" + id, "limited" + id, "Lee", List.of(),
                TestTokens.ISSUER, "hrw-api");
    }

    @Test
    void aThirdRegistrationInADayIsA429WithRetryAfterAndOtherAccountsAreUnaffected() {
        String limited = account("01");
        for (String town : List.of("Limitone", "Limittwo")) {
            given().auth().oauth2(limited).contentType(ContentType.JSON)
                    .body(GroupResourceTest.listing(town, 5, 5))
                    .when().post("/api/v1/groups").then().statusCode(201);
        }
        given().auth().oauth2(limited).contentType(ContentType.JSON)
                .body(GroupResourceTest.listing("Limitthree", 5, 5))
                .when().post("/api/v1/groups")
                .then().statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hrw:problem:rate-limited"));

        // A listing that is not valid is refused with 400 and is not what ran out the allowance.
        Map<String, Object> invalid = GroupResourceTest.listing("Limitfour", 5, 5);
        invalid.remove("privateEmail");
        given().auth().oauth2(account("02")).contentType(ContentType.JSON).body(invalid)
                .when().post("/api/v1/groups").then().statusCode(400);
        given().auth().oauth2(account("02")).contentType(ContentType.JSON)
                .body(GroupResourceTest.listing("Limitfive", 5, 5))
                .when().post("/api/v1/groups").then().statusCode(201);
    }

    /**
     * A phone that sends one registration several times at once (the same Idempotency-Key) makes one group and
     * uses one of the day's two registrations: the copies that lost the race are answered with that group, not
     * refused for a limit they did not use up.
     */
    @Test
    void copiesOfOneRegistrationSentAtOnceCountOnceAgainstTheLimit() throws Exception {
        String founder = account("03");
        String key = UUID.randomUUID().toString();
        Set<String> slugs = new HashSet<>();
        for (Response response : GroupResourceTest.allAtOnce(4, () -> given().auth().oauth2(founder)
                .contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(GroupResourceTest.listing("Copyford", 6, 6)).when().post("/api/v1/groups"))) {
            assertEquals(201, response.statusCode(), response.asString());
            slugs.add(response.path("slug"));
        }
        assertEquals(Set.of("copyford"), slugs);

        given().auth().oauth2(founder).contentType(ContentType.JSON)
                .body(GroupResourceTest.listing("Secondford", 6, 6))
                .when().post("/api/v1/groups").then().statusCode(201);
        given().auth().oauth2(founder).contentType(ContentType.JSON)
                .body(GroupResourceTest.listing("Thirdford", 6, 6))
                .when().post("/api/v1/groups").then().statusCode(429);
    }
}
