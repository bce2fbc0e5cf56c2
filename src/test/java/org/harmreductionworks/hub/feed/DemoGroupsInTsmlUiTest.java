package org.harmreductionworks.hub.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.group.GroupEnums.Attendance;
import org.harmreductionworks.hub.group.GroupEnums.LinkVisibility;
import org.harmreductionworks.hub.group.GroupEnums.LocationVisibility;
import org.harmreductionworks.hub.group.schedule.Recurrence;
import org.harmreductionworks.hub.testing.ConfiguredInstall;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The demo's example groups, as the demo serves them, read by TSML UI's rules ({@link TsmlUiReading}): the data a
 * visitor to the demo or a TSML UI site pointed at it actually sees.
 */
@QuarkusTest
@TestProfile(ConfiguredInstall.class)
class DemoGroupsInTsmlUiTest {

    private static List<Map<String, Object>> feed(String path) {
        return given().when().get(path).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath()
                .getList("$");
    }

    @Test
    void everyDemoGroupIsActiveInTsmlUiInItsKindAndTownAndLeaksNothing() {
        Map<String, TsmlUiExpectations.Stored> groups = TsmlUiExpectations.storedExampleGroups();
        assertEquals(30, groups.size(), "the demo's example groups");
        Map<Boolean, Long> townOnly = groups.values().stream().filter(g -> g.attendance().meetsInPerson())
                .collect(Collectors.partitioningBy(g -> g.visibility() != LocationVisibility.EXACT,
                        Collectors.counting()));
        assertEquals(9, townOnly.get(true), "the town-level groups the issue counted as Inactive");

        // Start on a Monday, then try every day for ten weeks: every weekday and week of the month.
        ZonedDateTime monday = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
        TsmlUiExpectations.Outcome outcome = TsmlUiExpectations.check(feed("/api/v1/feeds/meeting-guide.json"),
                groups, monday);

        assertEquals(30, outcome.activeWithHubHost(), "every group, with the hub's host among the providers");
        long onlineOnRequest = groups.values().stream().filter(g -> g.attendance() == Attendance.ONLINE
                && g.linkVisibility() == LinkVisibility.ON_REQUEST).count();
        assertEquals(1, onlineOnRequest);
        assertEquals(29, outcome.activeByDefault(), "all but that one without the hub's host among the providers");
        long calendars = outcome.withHubHost().stream().filter(TsmlUiReading.Meeting::calendarButton).count();
        long weekly = groups.values().stream().filter(g -> g.schedule().recurrence() == Recurrence.WEEKLY).count();
        assertEquals(weekly, calendars, "Add to Calendar for each weekly group and no other");
        assertTrue(weekly < groups.size(), "the demo has groups that do not meet weekly");
    }

    @Test
    void bmltTsmlOutputIsTheSameFeedUnderTheSameRules() {
        List<Map<String, Object>> tsml = feed("/api/bmlt/client_interface/tsml/?switcher=GetSearchResults");
        assertEquals(feed("/api/v1/feeds/meeting-guide.json"), tsml);
        TsmlUiExpectations.check(tsml, TsmlUiExpectations.storedExampleGroups(), ZonedDateTime.now(ZoneOffset.UTC));
        assertFalse(tsml.isEmpty());
    }

    @Test
    void bmltTsmlOutputAnswersOnlyGetSearchResultsLikeARootServer() {
        for (String switcher : List.of("GetFormats", "GetServerInfo", "")) {
            given().queryParam("switcher", switcher).when().get("/api/bmlt/client_interface/tsml/")
                    .then().statusCode(422).contentType(Problem.MEDIA_TYPE);
        }
        given().when().get("/api/bmlt/client_interface/tsml/").then().statusCode(422);
    }
}
