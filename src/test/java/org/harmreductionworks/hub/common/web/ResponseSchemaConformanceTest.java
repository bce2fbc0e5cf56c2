package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.harmreductionworks.hub.common.error.Problem;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The check that holds every test's responses to the document must run, and must catch what it is there for. */
@QuarkusTest
class ResponseSchemaConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyJsonResponseOfTheTestsIsCheckedAgainstTheDocument() {
        given().queryParam("near", "Northampton, MA").when().get("/api/v1/groups")
                .then().statusCode(200).header(ResponseSchemaConformance.CHECKED, equalTo("conforms"));
        given().when().get("/api/v1/groups/no-such-group")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .header(ResponseSchemaConformance.CHECKED, equalTo("conforms"));
    }

    @Test
    void aRequiredPropertyLeftOutOrNullIsCaughtAndANullablePropertyIsNot() throws Exception {
        JsonNode schema = JSON.readTree("{\"$ref\": \"#/components/schemas/GroupSummary\"}");
        JsonNode summary = JSON.readTree("""
                {"name": null, "format": "open", "focus": [], "attendance": "online", "place": null,
                 "offerings": [], "languages": ["en"], "stale": false, "example": false}""");

        List<String> violations = new ArrayList<>();
        ResponseSchemaConformance.check(summary, schema, "$", violations);

        assertEquals(List.of("$.slug is required and was left out",
                "$.name is null, and its schema does not admit null"), violations, violations.toString());
        assertTrue(violations.stream().noneMatch(v -> v.contains("place")), violations.toString());
    }
}
