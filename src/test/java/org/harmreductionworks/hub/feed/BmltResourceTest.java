package org.harmreductionworks.hub.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.group.GroupTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The BMLT semantic interface, searched around groups in the North Pacific that no other test lists. */
@QuarkusTest
class BmltResourceTest {

    private static final double LAT = 30.0;
    private static final double LON = -160.0;
    private static final String JSON = "/api/bmlt/client_interface/json/";

    private static String near;
    private static String far;
    private static String evening;

    @BeforeEach
    void listGroups() {
        if (near != null) {
            return;
        }
        Map<String, Object> twoDays = GroupTesting.listing("Bmltown", LAT, LON);
        GroupTesting.schedule(twoDays).put("days", List.of("sunday", "wednesday"));
        twoDays.put("focus", List.of("women"));
        twoDays.put("description", "Tea & talk <img src=x onerror=alert(1)>");
        near = GroupTesting.registerAndApprove(twoDays);

        Map<String, Object> later = GroupTesting.listing("Bmltown Evening", LAT + 0.05, LON);
        GroupTesting.schedule(later).putAll(Map.of("days", List.of("wednesday"), "start", "20:30"));
        later.put("format", "focused");
        evening = GroupTesting.registerAndApprove(later);

        Map<String, Object> away = GroupTesting.listing("Bmlt Far Shore", LAT + 1.0, LON);
        far = GroupTesting.registerAndApprove(away);
    }

    private static RequestSpecification around(double km) {
        return given().queryParam("switcher", "GetSearchResults").queryParam("lat_val", LAT)
                .queryParam("long_val", LON).queryParam("geo_width_km", km);
    }

    private static List<Map<String, Object>> meetings(RequestSpecification request) {
        return request.when().get(JSON).then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Set<String> names(List<Map<String, Object>> meetings) {
        return meetings.stream().map(m -> m.get("meeting_name").toString()).collect(Collectors.toSet());
    }

    @Test
    void eachWeekdayIsAMeetingAndEveryValueIsAString() {
        List<Map<String, Object>> meetings = meetings(around(20));
        assertEquals(3, meetings.size(), "Bmltown on Sunday and Wednesday, Bmltown Evening on Wednesday");
        for (Map<String, Object> meeting : meetings) {
            meeting.forEach((key, value) -> assertTrue(value instanceof String, key + " is " + value));
        }
        Map<String, Object> sunday = meetings.stream().filter(m -> m.get("weekday_tinyint").equals("1")).findFirst()
                .orElseThrow();
        assertEquals("Harm Reduction Works-HRW Bmltown", sunday.get("meeting_name"));
        assertEquals("19:00:00", sunday.get("start_time"));
        assertEquals("01:30:00", sunday.get("duration_time"));
        assertEquals("O,W,HRW-FOOD,HRW-NALOXONE,EN", sunday.get("formats"));
        assertEquals("12 Main Street", sunday.get("location_street"));
        assertEquals("1", sunday.get("venue_type"));
        assertEquals("America/New_York", sunday.get("time_zone"));
        assertTrue(sunday.get("comments").toString().contains("Tea &amp; talk &lt;img src=x onerror=alert(1)&gt;"),
                "clients put comments into pages as HTML, so the host's text arrives escaped");
    }

    @Test
    void weekdaysIncludeAndExclude() {
        assertEquals(Set.of("1"), meetings(around(20).queryParam("weekdays", 1)).stream()
                .map(m -> m.get("weekday_tinyint")).collect(Collectors.toSet()));
        assertEquals(Set.of("4"), meetings(around(20).queryParam("weekdays[]", -1)).stream()
                .map(m -> m.get("weekday_tinyint")).collect(Collectors.toSet()));
        assertEquals(3, meetings(around(20).queryParam("weekdays", "1,4")).size());
    }

    @Test
    void formatsMatchAllOrAnyAndExclude() {
        int open = MeetingTypeCodes.all().stream().filter(c -> c.code().equals("O")).findFirst().orElseThrow().id();
        int focused = MeetingTypeCodes.all().stream().filter(c -> c.code().equals("HRW-FOCUSED")).findFirst()
                .orElseThrow().id();
        int women = MeetingTypeCodes.all().stream().filter(c -> c.code().equals("W")).findFirst().orElseThrow().id();
        assertEquals(Set.of("Harm Reduction Works-HRW Bmltown Evening"),
                names(meetings(around(20).queryParam("formats", focused))));
        assertEquals(Set.of(), names(meetings(around(20).queryParam("formats", focused + "," + women))));
        assertEquals(3, meetings(around(20).queryParam("formats", focused + "," + women)
                .queryParam("formats_comparison_operator", "OR")).size());
        assertEquals(Set.of("Harm Reduction Works-HRW Bmltown Evening"),
                names(meetings(around(20).queryParam("formats[]", -open))));
    }

    @Test
    void radiusInMilesOrKilometresAndAutoRadiusFindsTheNearest() {
        assertEquals(3, meetings(around(20)).size());
        assertEquals(4, meetings(around(200)).size(), "the far shore is 111 km away");
        List<Map<String, Object>> miles = meetings(given().queryParam("switcher", "GetSearchResults")
                .queryParam("lat_val", LAT).queryParam("long_val", LON).queryParam("geo_width", 100)
                .queryParam("sort_results_by_distance", 1));
        assertEquals(4, miles.size());
        assertEquals("Harm Reduction Works-HRW Bmlt Far Shore", miles.get(3).get("meeting_name"));
        assertEquals("111.2", miles.get(3).get("distance_in_km"));
        List<Map<String, Object>> nearest = meetings(around(-2));
        assertEquals(2, nearest.size());
        assertEquals(Set.of("Harm Reduction Works-HRW Bmltown"), names(nearest));
    }

    @Test
    void startTimesAndTextNarrowTheSearch() {
        assertEquals(Set.of("Harm Reduction Works-HRW Bmltown Evening"),
                names(meetings(around(20).queryParam("StartsAfterH", 20).queryParam("StartsAfterM", 0))));
        assertEquals(Set.of("Harm Reduction Works-HRW Bmltown"),
                names(meetings(around(20).queryParam("StartsBeforeH", 20))));
        assertEquals(Set.of("Harm Reduction Works-HRW Bmlt Far Shore"), names(meetings(given()
                .queryParam("switcher", "GetSearchResults").queryParam("SearchString", "far shore"))));
    }

    @Test
    void pagesUsedFormatsAndChosenFields() {
        List<Map<String, Object>> second = meetings(around(20).queryParam("page_size", 2).queryParam("page_num", 2));
        assertEquals(1, second.size());
        // Crouton sends the switch bare, without "=".
        around(20).queryParam("data_field_key", "meeting_name,formats")
                .when().get(JSON + "?get_used_formats").then().statusCode(200)
                .body("meetings.size()", equalTo(3))
                .body("meetings[0].keySet()", equalTo(Set.of("meeting_name", "formats")))
                .body("formats.key_string", hasItem("HRW-FOCUSED"))
                .body("formats.find { it.key_string == 'W' }.name_string", equalTo("Women"));
    }

    @Test
    void formatsServiceBodiesAndServerInfoAnswerAsBmltDoes() {
        given().queryParam("switcher", "GetFormats").when().get(JSON).then().statusCode(200)
                .body("find { it.key_string == 'O' }.world_id", equalTo("OPEN"))
                .body("find { it.key_string == 'S' }.format_type_enum", equalTo("LANG"));
        given().queryParam("switcher", "GetFormats").queryParam("key_strings[]", "TC").queryParam("key_strings[]", "W")
                .when().get(JSON).then().statusCode(200).body("key_string", equalTo(List.of("W")));
        given().queryParam("switcher", "GetServiceBodies").when().get(JSON).then().statusCode(200)
                .body("[0].id", equalTo("1")).body("[0].name", equalTo("Harm Reduction Works-HRW"));
        given().queryParam("switcher", "GetServerInfo").when().get(JSON).then().statusCode(200)
                .body("[0].version", startsWith("3.")).body("[0].google_api_key", equalTo(""));
    }

    @Test
    void jsonpWrapsTheAnswerInTheCallback() {
        String script = given().queryParam("switcher", "GetServiceBodies").queryParam("callback", "jQuery123_456")
                .when().get("/api/bmlt/client_interface/jsonp/").then().statusCode(200)
                .contentType("text/javascript").extract().asString();
        assertTrue(script.startsWith("/**/jQuery123_456([{\"id\":\"1\""), script);
        assertTrue(script.endsWith(");"));
        given().queryParam("switcher", "GetServiceBodies").queryParam("callback", "alert(1)//")
                .when().get("/api/bmlt/client_interface/jsonp/").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("callback"));
    }

    @Test
    void badRequestsNameTheParameter() {
        Map<String, Map<String, Object>> cases = Map.of(
                "switcher", Map.of("switcher", "DropTables"),
                "weekdays", Map.of("switcher", "GetSearchResults", "weekdays", 8),
                "lat_val", Map.of("switcher", "GetSearchResults", "lat_val", "north", "long_val", 1, "geo_width", 5),
                "geo_width", Map.of("switcher", "GetSearchResults", "lat_val", 1, "long_val", 1),
                "page_size", Map.of("switcher", "GetSearchResults", "page_size", 0),
                "formats_comparison_operator", Map.of("switcher", "GetSearchResults",
                        "formats_comparison_operator", "XOR"),
                "StartsAfterH", Map.of("switcher", "GetSearchResults", "StartsAfterH", 25),
                "data_field_key", Map.of("switcher", "GetSearchResults", "data_field_key", "private_email"));
        cases.forEach((field, query) -> given().queryParams(query).when().get(JSON).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo(field)));
        given().when().get(JSON).then().statusCode(400).body("violations[0].field", equalTo("switcher"));
    }
}
