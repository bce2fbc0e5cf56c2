package org.harmreductionworks.hub.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemResponsesTest {

    @Test
    void unknownApiPathIsA404Problem() {
        given().when().get("/api/v1/nope")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("instance", equalTo("/api/v1/nope"));
    }

    @Test
    void unknownApiPathIsA404ProblemForWritesToo() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/nothing/here")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:malformed-body"))
                .body("detail", not(containsString("jackson")));
    }

    @Test
    void aWrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"title\":\"ok\",\"rating\":\"five\"}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("rating"));
    }

    @Test
    void anUnknownPropertyIsRejectedRatherThanIgnored() {
        given().contentType(ContentType.JSON).body("{\"title\":\"ok\",\"rating\":3,\"extra\":1}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void validationListsEveryInvalidField() {
        given().contentType(ContentType.JSON).body("{\"title\":\"far too long a title\",\"rating\":9}")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:validation"))
                .body("violations", hasSize(2))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("rating"));
    }

    @Test
    void anInvalidQueryParameterIsNamed() {
        given().queryParam("size", 1000)
                .when().get("/api/v1/test-probe/paged")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void aNonNumericQueryParameterIsA400NotA404() {
        given().queryParam("size", "lots")
                .when().get("/api/v1/test-probe/paged")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void anUnsupportedContentTypeIsA415Problem() {
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/test-probe/notes")
                .then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anUnsupportedMethodIsA405ProblemWithAllow() {
        given().when().delete("/api/v1/config")
                .then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anUnacceptableRepresentationIsA406Problem() {
        given().accept("application/xml")
                .when().get("/api/v1/config")
                .then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aStaleEditIsA409ProblemThatLeaksNoEntityNames() {
        given().when().get("/api/v1/test-probe/stale")
                .then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:stale-edit"))
                .body(not(containsString("HrwSecretEntity")));
    }

    @Test
    void aDomainConflictKeepsItsMessage() {
        given().when().get("/api/v1/test-probe/conflict")
                .then().statusCode(409)
                .body("detail", equalTo("That slug is taken."));
    }

    @Test
    void anUnreachableDatabaseIsA503ProblemWithRetryAfter() {
        given().when().get("/api/v1/test-probe/database-down")
                .then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hrw:problem:database-unavailable"))
                .body(not(containsString("db.internal")));
    }

    @Test
    void aBugIsA500ProblemWithAnErrorIdAndNoInternals() {
        given().when().get("/api/v1/test-probe/bug")
                .then().statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("error id"))
                .body(not(containsString("org.harmreductionworks")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void nonApiPathsAreLeftToTheWebApp() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", startsWith("UP"));
    }
}
