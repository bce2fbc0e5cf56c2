package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.harmreductionworks.hub.common.error.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A value of another type than its field's is refused by name, never converted into something nobody sent. */
@QuarkusTest
class StrictJsonTest {

    private static final String TYPED = "/api/v1/test-probe/typed";
    private static final String VALID = "\"days\":[\"monday\"],\"date\":\"2026-03-01\",\"start\":\"19:00\","
            + "\"revision\":3,\"rating\":2,\"flag\":true,\"text\":\"hi\"";

    @Test
    void valuesOfTheRightTypeAreRead() {
        given().contentType(ContentType.JSON).body("{" + VALID + "}")
                .when().post(TYPED)
                .then().statusCode(200)
                .body("days", contains("monday"))
                .body("date", equalTo("2026-03-01"))
                .body("start", equalTo("19:00:00"))
                .body("revision", equalTo(3));
    }

    static Stream<Arguments> valuesOfAnotherType() {
        return Stream.of(
                Arguments.of("days", "[1]", "an enum's position"),
                Arguments.of("date", "7", "days since 1970"),
                Arguments.of("date", "[2026,3,1]", "a date as an array"),
                Arguments.of("start", "[19,0]", "a time as an array"),
                Arguments.of("start", "1900", "a time as a number"),
                Arguments.of("revision", "0.5", "a fraction for a whole number"),
                Arguments.of("revision", "\"3\"", "text for a whole number"),
                Arguments.of("rating", "\"2\"", "text for a whole number"),
                Arguments.of("flag", "\"true\"", "text for a yes or no"),
                Arguments.of("flag", "1", "a number for a yes or no"),
                Arguments.of("text", "5", "a number for text"),
                Arguments.of("text", "false", "a yes or no for text"));
    }

    @ParameterizedTest(name = "{2}: {0} = {1}")
    @MethodSource("valuesOfAnotherType")
    void aValueOfAnotherTypeIsRefusedByName(String field, String value, String what) {
        given().contentType(ContentType.JSON).body("{" + VALID.replaceFirst("\"" + field + "\":(\\[[^\\]]*\\]|\"[^\"]*\"|[^,]*)",
                "\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(value)) + "}")
                .when().post(TYPED)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                // A list's item is named with its place in the list: days[0].
                .body("violations.field", contains(startsWith(field)))
                .body("violations.message", contains("has the wrong type or format"));
    }

    @Test
    void anythingAfterTheDocumentIsRefused() {
        for (String trailing : new String[] { "{}", " x", "[1]" }) {
            given().contentType(ContentType.JSON).body("{" + VALID + "}" + trailing)
                    .when().post(TYPED)
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:hrw:problem:malformed-body"));
        }
    }

    @Test
    void anUnknownFieldIsCalledUnknownNotTheWrongType() {
        given().contentType(ContentType.JSON).body("{" + VALID + ",\"colour\":\"red\"}")
                .when().post(TYPED)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("The request body has a field this request does not take."))
                .body("violations.field", contains("colour"))
                .body("violations.message", contains("is not a field this request takes"));
    }

    @Test
    void aBodyCutShortInsideAValueIsNotJsonRatherThanTheFieldsFault() {
        given().contentType(ContentType.JSON).body("{\"days\":[\"monday\"],\"start\":\"19:3")
                .when().post(TYPED)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:malformed-body"))
                .body("detail", equalTo("The request body is not valid JSON."));
    }

    @Test
    void bytesThatAreNotUtf8AreNotJsonRatherThanTheFieldsFault() {
        byte[] latin1 = ("{\"text\":\"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(latin1)
                .when().post(TYPED)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hrw:problem:malformed-body"))
                .body("detail", equalTo("The request body is not valid JSON."));
    }
}
