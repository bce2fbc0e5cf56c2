package org.harmreductionworks.hub.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.harmreductionworks.client.ApiClient;
import org.harmreductionworks.client.ApiException;
import org.harmreductionworks.client.api.FeedsApi;
import org.harmreductionworks.client.api.GroupsApi;
import org.harmreductionworks.client.api.ScriptApi;
import org.harmreductionworks.client.model.GroupFeatureCollection;
import org.harmreductionworks.client.model.GroupSummary;
import org.harmreductionworks.client.model.GroupSummaryPage;
import org.harmreductionworks.client.model.MeetingGuideMeeting;
import org.harmreductionworks.client.model.MeetingType;
import org.harmreductionworks.client.model.MeetingTypeCode;
import org.harmreductionworks.client.model.Script;
import org.harmreductionworks.client.model.ScriptFormat;
import org.harmreductionworks.client.model.ScriptLanguage;
import org.harmreductionworks.hub.testing.DatabaseIndependent;
import org.harmreductionworks.hub.testing.ExternalCommand;
import org.harmreductionworks.hub.testing.OnLoopback;
import org.harmreductionworks.hub.testing.PackagedAppDatabase;
import org.harmreductionworks.hub.testing.RealKeycloak;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The published OpenAPI document is a product other tools are built on. It must lint clean, be the document the
 * build stored, and be true: a Java client generated from it by openapi-generator (the build does that, and compiles
 * this class against it) must fetch the script and search the directory of the packaged app. The client refuses
 * any property the document does not declare, so an undocumented field fails the test as much as a missing one.
 *
 * <p>This class lives in src/test/client-it, compiled after the package phase, because the client it uses does not
 * exist before then.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = RealKeycloak.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PackagedAppDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = OnLoopback.class, restrictToAnnotatedClass = true)
class OpenApiDocumentIT {

    private static final String REDOCLY_VERSION = "2.77.0";

    @TestHTTPResource("/")
    URL app;

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(app.toString().replaceAll("/$", ""));
        client.setObjectMapper(client.getObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    @Test
    @DatabaseIndependent
    void thePublishedOpenApiDocumentLintsClean() throws Exception {
        String spec = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path file = Path.of("target/openapi-published.json").toAbsolutePath();
        Files.writeString(file, spec);
        Path config = Path.of("src/test/resources/redocly.yaml").toAbsolutePath();
        String report = ExternalCommand.run(Path.of("target"), Map.of(), Duration.ofMinutes(5),
                List.of("npx", "--yes", "@redocly/cli@" + REDOCLY_VERSION, "lint", "--max-problems=100",
                        "--config=" + config, file.toString()));
        // Redocly exits 0 on warnings; "clean" means it reports none at all.
        assertTrue(report.contains("Your API description is valid") && !report.matches("(?s).*You have \\d+ warning.*"),
                "The OpenAPI document has lint warnings:\n" + report);
    }

    @Test
    @DatabaseIndependent
    void theAppServesTheDocumentTheClientWasGeneratedFrom() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String served = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertEquals(json.readTree(Path.of("target/openapi/openapi.json").toFile()), json.readTree(served),
                "the build's stored document (the client's source) differs from the one the app publishes");
    }

    @Test
    void aGeneratedClientFetchesTheScript() throws ApiException {
        Script open = new ScriptApi(client()).getScript(ScriptFormat.JSON, ScriptLanguage.EN, MeetingType.OPEN, null);
        assertNotNull(open.getVersion());
        assertEquals(MeetingType.OPEN, open.getMeeting());
        assertFalse(open.getSections().isEmpty());
        assertTrue(open.getSections().stream().anyMatch(s -> s.getTitle() != null && !s.getTitle().isBlank()));
        assertTrue(open.getPublishedAt().isBefore(OffsetDateTime.now().plusMinutes(1)));
    }

    @Test
    void aGeneratedClientSearchesNearbyAndReadsTheFeeds() throws ApiException {
        GroupSummaryPage nearby = new GroupsApi(client()).searchGroups(null, null, null, null, null, null,
                "Northampton, MA", null, 0, null, 25, 5, null, null, null, null);
        assertTrue(nearby.getTotal() >= 1, "the example groups include Northampton");
        GroupSummary first = nearby.getItems().get(0);
        assertTrue(first.getName().startsWith("Harm Reduction Works-HRW "), first.getName());
        assertNotNull(first.getDistanceKm());
        assertTrue(first.getDistanceKm() <= 25);
        assertNotNull(first.getNextMeeting().getStart());

        FeedsApi feeds = new FeedsApi(client());
        List<MeetingGuideMeeting> meetings = feeds.getMeetingGuideFeed();
        assertFalse(meetings.isEmpty());
        List<String> codes = feeds.getMeetingGuideTypes().stream().map(MeetingTypeCode::getCode).toList();
        assertTrue(meetings.stream().flatMap(m -> m.getTypes().stream()).allMatch(codes::contains));
        GroupFeatureCollection map = feeds.getGroupsGeoJson(null, null, null, null, null, null, "Northampton, MA",
                null, null, 50, null, null, null, null);
        assertFalse(map.getFeatures().isEmpty());
        assertEquals(2, map.getFeatures().get(0).getGeometry().getCoordinates().size());
    }
}
