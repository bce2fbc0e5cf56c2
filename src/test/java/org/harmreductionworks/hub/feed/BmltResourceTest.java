package org.harmreductionworks.hub.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
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

/**
 * The BMLT semantic interface, searched around groups in the North Pacific that no other test lists. The behaviours
 * are a BMLT root server's, read in bmlt-enabled/bmlt-server 4.2.7 (commit 524b5e8); each test names the file.
 */
@QuarkusTest
class BmltResourceTest {

    private static final double LAT = 30.0;
    private static final double LON = -160.0;
    private static final String JSON = "/api/bmlt/client_interface/json/";

    private static final String WJ = "\u2060";
    private static final String ONLINE = "Harm Reduction Works-HRW Bmlt Online";

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
        twoDays.put("venue", "St. Mary's Hall & Annex <b>");
        twoDays.put("locationNotes", "Ring &amp; wait <script>alert(1)</script>, room < 5");
        near = GroupTesting.registerAndApprove(twoDays);

        // Meets near the others, but once a month: BMLT can only say weekly.
        Map<String, Object> monthly = GroupTesting.listing("Bmltown Monthly", LAT + 0.02, LON);
        GroupTesting.schedule(monthly).putAll(Map.of("recurrence", "monthly", "days", List.of("thursday"),
                "weekOfMonth", 2));
        GroupTesting.registerAndApprove(monthly);

        // Far from every search by place below; found by name.
        Map<String, Object> online = GroupTesting.listing("Bmlt Online", LAT - 8, LON);
        online.put("attendance", "hybrid");
        online.put("onlineUrl", "https://meet.example.org/hrw'onmouseover='alert(1)'<b>");
        online.put("onlineVisibility", "public");
        online.put("description", "https://example.org/notes 'quoted' <b>");
        GroupTesting.registerAndApprove(online);

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
        assertTrue(sunday.get("comments").toString().startsWith("Tea & talk <img src=x onerror=alert(1)>"),
                "sent as typed; clients escape it");
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
        // bmlt-server src/app/Repositories/FormatRepository.php (search): only the formats meetings use, unless
        // show_all=1.
        given().queryParam("switcher", "GetFormats").queryParam("show_all", 1).when().get(JSON).then().statusCode(200)
                .body("find { it.key_string == 'O' }.world_id", equalTo("OPEN"))
                .body("find { it.key_string == 'AF' }.format_type_enum", equalTo("LANG"));
        given().queryParam("switcher", "GetFormats").when().get(JSON).then().statusCode(200)
                .body("key_string", hasItem("W")).body("key_string", not(hasItem("AF")));
        given().queryParam("switcher", "GetFormats").queryParam("key_strings[]", "TC").queryParam("key_strings[]", "W")
                .when().get(JSON).then().statusCode(200).body("key_string", equalTo(List.of("W")));
        given().queryParam("switcher", "GetServiceBodies").when().get(JSON).then().statusCode(200)
                .body("[0].id", equalTo("1")).body("[0].name", equalTo("Harm Reduction Works-HRW"));
        given().queryParam("switcher", "GetServerInfo").when().get(JSON).then().statusCode(200)
                .body("[0].version", startsWith("3.")).body("[0].google_api_key", equalTo(""))
                // bmlt-server src/app/Http/Controllers/Query/SwitcherController.php (getServerInfo)
                .body("[0].centerZoom", equalTo("8")).body("[0].langs", equalTo("en,es"))
                .body("[0].auto_geocoding_enabled", equalTo(false))
                .body("[0].available_keys", containsString("location_municipality"));
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

    /** JSONP is the JSON answer wrapped in the call, kept with it (PacedOverHttpTest: streamed as it is sent). */
    @Test
    void aJsonpAnswerIsTheJsonAnswerInTheCallWithATagOfItsOwn() {
        String json = given().queryParam("switcher", "GetSearchResults").when().get(JSON).then().statusCode(200)
                .extract().asString();
        var script = given().queryParam("switcher", "GetSearchResults").queryParam("callback", "hrw.loaded")
                .queryParam("_", "1733500000000").when().get("/api/bmlt/client_interface/jsonp/").then()
                .statusCode(200).contentType("text/javascript").extract().response();
        assertEquals("/**/hrw.loaded(" + json + ");", script.asString());

        String tag = script.header("ETag");
        assertTrue(tag != null && tag.endsWith(".hrw.loaded\""), tag);
        given().queryParam("switcher", "GetSearchResults").queryParam("callback", "hrw.loaded")
                .header("If-None-Match", tag).when().get("/api/bmlt/client_interface/jsonp/").then().statusCode(304);
        given().queryParam("switcher", "GetSearchResults").queryParam("callback", "other")
                .header("If-None-Match", tag).when().get("/api/bmlt/client_interface/jsonp/").then().statusCode(200);
    }

    @Test
    void badRequestsNameTheParameter() {
        Map<String, Map<String, Object>> cases = Map.of(
                "weekdays", Map.of("switcher", "GetSearchResults", "weekdays", 8),
                "lat_val", Map.of("switcher", "GetSearchResults", "lat_val", "north", "long_val", 1, "geo_width", 5),
                "geo_width", Map.of("switcher", "GetSearchResults", "lat_val", 1, "long_val", 1),
                "page_size", Map.of("switcher", "GetSearchResults", "page_size", 0),
                "formats_comparison_operator", Map.of("switcher", "GetSearchResults",
                        "formats_comparison_operator", "XOR"),
                "StartsAfterH", Map.of("switcher", "GetSearchResults", "StartsAfterH", 25),
                "meeting_key", Map.of("switcher", "GetFieldValues", "meeting_key", "private_email"));
        cases.forEach((field, query) -> given().queryParams(query).when().get(JSON).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo(field)));
    }

    /** bmlt-server src/app/Http/Controllers/Query/SwitcherController.php (get): 422 for no or an unknown switcher. */
    @Test
    void aMissingOrUnknownSwitcherIsUnprocessableAsFromARootServer() {
        given().queryParam("switcher", "DropTables").when().get(JSON).then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("switcher"));
        given().when().get(JSON).then().statusCode(422).body("violations[0].field", equalTo("switcher"));
        given().queryParam("callback", "cb").when().get("/api/bmlt/client_interface/jsonp/").then().statusCode(422);
    }

    /**
     * bmlt-server src/app/Http/Resources/Query/MeetingResource.php sends each field's stored text as it is; Crouton
     * (croutonjs/src/js/crouton-default-templates.js, crouton-handlebars-extensions.js) inserts location_text and
     * location_info unescaped, comments starting with "http" and the virtual meeting link into a link's HTML.
     */
    @Test
    void textIsSentAsTypedAndNothingCanBeReadAsMarkupWhereCroutonInsertsHtml() {
        Map<String, Object> sunday = meetings(around(20).queryParam("weekdays", 1)).get(0);
        assertEquals("St. Mary's Hall & Annex <" + WJ + "b>", sunday.get("location_text"),
                "the apostrophe and ampersand as typed; the one tag opening made inert by an invisible joiner");
        assertEquals("Ring &" + WJ + "amp; wait <" + WJ + "script>alert(1)<" + WJ + "/script>, room < 5",
                sunday.get("location_info"), "a '<' that opens no tag is left alone");
        assertEquals("Harm Reduction Works-HRW Bmltown", sunday.get("meeting_name"));

        Map<String, Object> online = meetings(given().queryParam("switcher", "GetSearchResults")
                .queryParam("meeting_key", "meeting_name").queryParam("meeting_key_value", ONLINE)).get(0);
        assertEquals("https://meet.example.org/hrw%27onmouseover=%27alert(1)%27%3Cb%3E",
                online.get("virtual_meeting_link"), "nothing that could end Crouton's href='...'");
        assertTrue(online.get("comments").toString().startsWith(WJ + "https://example.org/notes 'quoted' <b>"),
                "notes starting with a link are not taken for one, or Crouton puts them all into its href");
    }

    /**
     * bmlt-server src/app/Http/Resources/Query/MeetingResource.php: every meeting carries the meeting table's keys
     * (distance_in_km and distance_in_miles empty unless the search is from a point, service_body_name) and every
     * stock data field, the contacts empty to the public; data_field_key ignores names it does not know.
     */
    @Test
    void everyMeetingCarriesEveryKeyARootServerSends() {
        Map<String, Object> meeting = meetings(given().queryParam("switcher", "GetSearchResults")
                .queryParam("meeting_key", "meeting_name").queryParam("meeting_key_value", ONLINE)).get(0);
        assertEquals(BmltService.MEETING_FIELDS, List.copyOf(meeting.keySet()));
        for (String key : List.of("distance_in_km", "distance_in_miles", "shared_group_id_bigint",
                "contact_name_1", "contact_email_1", "train_lines", "admin_notes")) {
            assertEquals("", meeting.get(key), key);
        }
        assertEquals("Harm Reduction Works-HRW", meeting.get("service_body_name"));
        assertEquals("3", meeting.get("venue_type"));
        assertTrue(!meetings(around(20)).get(0).get("distance_in_km").toString().isEmpty());
        List<Map<String, Object>> chosen = meetings(around(20)
                .queryParam("data_field_key", "meeting_name,no_such_field,service_body_name"));
        assertEquals(Set.of("meeting_name", "service_body_name"), chosen.get(0).keySet());
        assertEquals(BmltService.MEETING_FIELDS.size(),
                meetings(around(20).queryParam("data_field_key", "no_such_field")).get(0).size(),
                "knowing none of the names, every field");
    }

    /**
     * bmlt-server src/app/Http/Controllers/Query/SwitcherController.php (getSearchResults) and
     * src/app/Repositories/MeetingRepository.php (getSearchResults): meeting_key keeps meetings whose field is exactly
     * one of the values; weekdays are 1 to 7, times HH:MM; a key without a value finds nothing.
     */
    @Test
    void meetingKeyKeepsTheMeetingsWhoseFieldHasTheValue() {
        assertEquals(Set.of("Harm Reduction Works-HRW Bmltown"), names(meetings(around(20)
                .queryParam("meeting_key", "location_municipality").queryParam("meeting_key_value", "Bmltown"))));
        assertEquals(List.of("4", "4"), meetings(around(20).queryParam("meeting_key", "weekday_tinyint")
                .queryParam("meeting_key_value", 4)).stream().map(m -> m.get("weekday_tinyint")).toList());
        assertEquals(Set.of("Harm Reduction Works-HRW Bmltown Evening"), names(meetings(around(20)
                .queryParam("meeting_key", "start_time").queryParam("meeting_key_value", "20:30"))));
        assertEquals(3, meetings(around(20).queryParam("meeting_key", "start_time")
                .queryParam("meeting_key_value[]", "19:00").queryParam("meeting_key_value[]", "20:30")).size());
        assertEquals(List.of(), meetings(around(20).queryParam("meeting_key", "location_municipality")));
        assertEquals(List.of(), meetings(around(20).queryParam("meeting_key", "location_municipality")
                .queryParam("meeting_key_value", "bmltown")), "exactly the value");
    }

    /**
     * bmlt-server src/app/Repositories/MeetingRepository.php (getSearchResults): sort_keys sorts field by field, empty
     * values last; the default order is weekday_tinyint, start_time, duration_time.
     */
    @Test
    void sortKeysOrderTheMeetingsFieldByField() {
        String bmltown = "Harm Reduction Works-HRW Bmltown";
        String evening = "Harm Reduction Works-HRW Bmltown Evening";
        String far = "Harm Reduction Works-HRW Bmlt Far Shore";
        assertEquals(List.of(bmltown + " 1", far + " 3", bmltown + " 4", evening + " 4"), order(around(200)));
        assertEquals(List.of(far + " 3", bmltown + " 1", bmltown + " 4", evening + " 4"),
                order(around(200).queryParam("sort_keys", "meeting_name")));
        assertEquals(List.of(bmltown + " 1", bmltown + " 4", far + " 3", evening + " 4"),
                order(around(200).queryParam("sort_keys", "location_info")), "meetings without it come last");
        assertEquals(List.of(far + " 3", bmltown + " 1", bmltown + " 4", evening + " 4"),
                order(around(200).queryParam("sort_key", "town")), "a named order: town first");

        // Numbers as numbers (PHP's <=>): 5.6 km before 111.2 km, which as text would come first.
        List<String> km = meetings(around(200).queryParam("sort_keys", "distance_in_km")).stream()
                .map(m -> m.get("distance_in_km").toString()).toList();
        assertEquals(km.stream().sorted(Comparator.comparingDouble(Double::parseDouble)).toList(), km);
        assertNotEquals(km.stream().sorted().toList(), km, "the distances here order differently as text");
    }

    private static List<String> order(RequestSpecification request) {
        return meetings(request).stream().map(m -> m.get("meeting_name") + " " + m.get("weekday_tinyint")).toList();
    }

    /**
     * bmlt-server src/app/Repositories/MeetingRepository.php (getFieldKeys, getFieldValues) and
     * src/app/Http/Controllers/Query/SwitcherController.php: GetFieldKeys lists key and description; GetFieldValues
     * lists each value of meeting_key with the ids of its meetings, weekdays 1 to 7, formats as format ids.
     */
    @Test
    void fieldKeysAndFieldValuesAnswerAsARootServerDoes() {
        List<Map<String, Object>> keys = given().queryParam("switcher", "GetFieldKeys").when().get(JSON).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(Map.of("key", "id_bigint", "description", "ID"), keys.get(0));
        assertTrue(keys.contains(Map.of("key", "location_municipality", "description", "Town")));
        assertTrue(keys.stream().noneMatch(k -> k.get("key").toString().startsWith("contact_")),
                "the contact fields are not public");

        List<Map<String, Object>> towns = given().queryParam("switcher", "GetFieldValues")
                .queryParam("meeting_key", "location_municipality").when().get(JSON).then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> bmltown = towns.stream().filter(v -> "Bmltown".equals(v.get("location_municipality")))
                .findFirst().orElseThrow();
        List<String> ids = meetings(around(20).queryParam("meeting_key", "location_municipality")
                .queryParam("meeting_key_value", "Bmltown")).stream().map(m -> m.get("id_bigint").toString())
                .sorted(java.util.Comparator.comparingLong(Long::parseLong)).toList();
        assertEquals(String.join(",", ids), bmltown.get("ids"));
        assertEquals(Set.of("location_municipality", "ids"), bmltown.keySet());
        assertTrue(towns.stream().noneMatch(v -> "Bmltown Monthly".equals(v.get("location_municipality"))),
                "a monthly group is no BMLT meeting");

        String evenings = given().queryParam("switcher", "GetFieldValues").queryParam("meeting_key", "start_time")
                .when().get(JSON).then().statusCode(200).extract().jsonPath()
                .getString("find { it.start_time == '20:30:00' }.ids");
        assertTrue(List.of(evenings.split(",")).containsAll(meetings(around(20).queryParam("StartsAfterH", 20))
                .stream().map(m -> m.get("id_bigint")).toList()));
        int women = MeetingTypeCodes.all().stream().filter(c -> c.code().equals("W")).findFirst().orElseThrow().id();
        List<Map<String, Object>> withWomen = given().queryParam("switcher", "GetFieldValues")
                .queryParam("meeting_key", "formats").queryParam("specific_formats", women).when().get(JSON).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of(String.valueOf(women)), withWomen.stream().map(v -> v.get("formats")).toList());
        given().queryParam("switcher", "GetFieldValues").when().get(JSON).then().statusCode(400)
                .body("violations[0].field", equalTo("meeting_key"));
    }

    /**
     * bmlt-server src/app/Http/Controllers/Query/SwitcherController.php (getFormats, getSearchResults): lang_enum
     * chooses the formats' language. A root server with no formats in the language asked sends none; this one sends
     * English, so that a client in another language still learns what each code means.
     */
    @Test
    void langEnumGivesSpanishFormatsAndEnglishForLanguagesNotWritten() {
        given().queryParam("switcher", "GetFormats").queryParam("lang_enum", "es").when().get(JSON).then()
                .statusCode(200)
                .body("find { it.key_string == 'W' }.name_string", equalTo("Mujeres"))
                .body("find { it.key_string == 'O' }.name_string", equalTo("Abierta"))
                .body("find { it.key_string == 'HRW-NALOXONE' }.name_string", equalTo("Naloxona"))
                .body("find { it.key_string == 'W' }.lang", equalTo("es"));
        given().queryParam("switcher", "GetFormats").queryParam("lang_enum", "es").queryParam("show_all", 1)
                .when().get(JSON).then().statusCode(200).body("lang", everyItem(equalTo("es")));
        given().queryParam("switcher", "GetFormats").queryParam("lang_enum", "de").when().get(JSON).then()
                .statusCode(200).body("find { it.key_string == 'W' }.name_string", equalTo("Women"))
                .body("find { it.key_string == 'W' }.lang", equalTo("en"));
        around(20).queryParam("lang_enum", "es").when().get(JSON + "?get_used_formats").then().statusCode(200)
                .body("formats.find { it.key_string == 'HRW-FOCUSED' }.name_string", equalTo("Enfocada"));
    }

    /**
     * bmlt-server src/app/Http/Controllers/Query/SwitcherController.php (getCoverageArea) and
     * src/app/Repositories/MeetingRepository.php (getBoundingBox): the corners of the box around every meeting.
     */
    @Test
    void coverageAreaBoundsEveryMeeting() {
        Map<String, Object> box = given().queryParam("switcher", "GetCoverageArea").when().get(JSON).then()
                .statusCode(200).extract().jsonPath().getMap("[0]");
        assertEquals(List.of("nw_corner_longitude", "nw_corner_latitude", "se_corner_longitude", "se_corner_latitude"),
                List.copyOf(box.keySet()));
        double north = Double.parseDouble(box.get("nw_corner_latitude").toString());
        double south = Double.parseDouble(box.get("se_corner_latitude").toString());
        double west = Double.parseDouble(box.get("nw_corner_longitude").toString());
        double east = Double.parseDouble(box.get("se_corner_longitude").toString());
        assertTrue(north >= LAT + 1.0 && south <= LAT - 8, "from the far shore to the online group: " + box);
        assertTrue(west <= LON && east >= LON, box.toString());
    }

    /** bmlt-server src/app/Repositories/MeetingRepository.php: a meeting is one weekday every week, nothing else. */
    @Test
    void groupsThatDoNotMeetEveryWeekAreLeftOut() {
        assertEquals(Set.of(), names(meetings(given().queryParam("switcher", "GetSearchResults")
                .queryParam("SearchString", "Bmltown Monthly"))).stream().filter(n -> n.endsWith("Monthly"))
                .collect(Collectors.toSet()));
        assertTrue(names(meetings(around(20))).stream().noneMatch(n -> n.endsWith("Monthly")));
    }
}
