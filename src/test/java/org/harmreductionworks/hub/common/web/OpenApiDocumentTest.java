package org.harmreductionworks.hub.common.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Other tools are generated from this document, so every operation must say who may call it and what it is called. */
@DatabaseIndependent
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdAndSaysWhetherItNeedsAToken() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .when().get("/q/openapi").then().statusCode(200).extract().path("paths");
        assertTrue(paths.containsKey("/api/v1/script"), paths.keySet().toString());
        paths.entrySet().stream().filter(p -> !p.getKey().contains("test-probe")).forEach(p -> p.getValue().forEach((method, operation) -> {
            String path = p.getKey();
            assertNotNull(operation.get("operationId"), method + " " + path + " has no operationId");
            assertNotNull(operation.get("security"), method + " " + path + " does not say whether it needs a token");
        }));
        List<Object> meSecurity = (List<Object>) paths.get("/api/v1/me").get("get").get("security");
        assertEquals(List.of(Map.of("bearer", List.of())), meSecurity);
        assertEquals(List.of(), paths.get("/api/v1/script").get("get").get("security"));
    }

    @Test
    void pagesOfResultsAreNamedForWhatTheyHold() {
        Map<String, Object> schemas = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("components.schemas");
        assertTrue(schemas.keySet().containsAll(List.of("GroupSummaryPage", "ExerciseSummaryPage",
                "LearningSummaryPage", "MeetingLogEntryPage")), schemas.keySet().toString());
        assertTrue(schemas.keySet().stream().noneMatch(name -> name.startsWith("PageSummary")),
                schemas.keySet().toString());
        assertEquals("#/components/schemas/GroupSummaryPage", given().accept("application/json")
                .when().get("/q/openapi").then().extract()
                .path("paths.'/api/v1/groups'.get.responses.'200'.content.'application/json'.schema.$ref"));
    }

    @Test
    void numbersThatAreInvalidWhenLeftOutAreMarkedRequired() {
        // A missing int reads as 0, which @Min refuses: a generated client must know it has to send one.
        Map<String, Map<String, Object>> schemas = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("components.schemas");
        assertTrue(((List<?>) schemas.get("MeetingLogInput").get("required")).contains("rating"),
                String.valueOf(schemas.get("MeetingLogInput").get("required")));
        assertTrue(((List<?>) schemas.get("ExerciseInput").get("required")).contains("suggestedMinutes"),
                String.valueOf(schemas.get("ExerciseInput").get("required")));
        assertTrue(((List<?>) schemas.get("GroupScheduleInput").get("required")).contains("durationMinutes"),
                String.valueOf(schemas.get("GroupScheduleInput").get("required")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void responsesRequireEveryPropertyThatIsAlwaysSentAndNothingThatMayBeMissing() {
        Map<String, Map<String, Object>> schemas = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("components.schemas");
        Map<String, Object> summary = schemas.get("GroupSummary");
        List<String> required = (List<String>) summary.get("required");
        assertTrue(required.containsAll(List.of("slug", "name", "format", "attendance", "offerings", "stale")),
                required.toString());
        // An online group has no place, a search by name no distance, a paused group no next meeting.
        assertTrue(required.stream().noneMatch(List.of("place", "distanceKm", "nextMeeting")::contains),
                required.toString());
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) summary.get("properties");
        assertTrue(admitsNull(properties.get("distanceKm")), properties.get("distanceKm").toString());
        assertTrue(admitsNull(properties.get("place")), properties.get("place").toString());
        assertTrue(((List<String>) schemas.get("GroupSummaryPage").get("required"))
                .containsAll(List.of("items", "page", "size", "total")));
        assertEquals(List.of("type", "title", "status"), schemas.get("Problem").get("required"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void requestsRequireOnlyWhatTheServerRefusesToDoWithout() {
        Map<String, Map<String, Object>> schemas = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("components.schemas");
        List<String> required = (List<String>) schemas.get("GroupInput").get("required");
        assertTrue(required.containsAll(List.of("locality", "format", "attendance", "schedule")), required.toString());
        assertTrue(required.stream().noneMatch(List.of("description", "city", "onlineUrl")::contains),
                required.toString());
    }

    @SuppressWarnings("unchecked")
    private static boolean admitsNull(Map<String, Object> schema) {
        Object type = schema.get("type");
        if ("null".equals(type) || type instanceof List<?> types && types.contains("null")) {
            return true;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.get(combinator) instanceof List<?> choices
                    && choices.stream().anyMatch(choice -> admitsNull((Map<String, Object>) choice))) {
                return true;
            }
        }
        return false;
    }
}
