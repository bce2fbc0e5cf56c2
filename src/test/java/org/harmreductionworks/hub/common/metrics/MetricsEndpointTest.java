package org.harmreductionworks.hub.common.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.Scrape;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What an operator's Prometheus reads from the management port: each meter deploy/README.md alerts on, moved by
 * the thing it measures, and labels that name routes and kinds, never people, paths or slugs.
 */
@QuarkusTest
class MetricsEndpointTest {

    private static Scrape scrape() {
        return Scrape.now();
    }

    @Test
    void theMetricsAreOnTheManagementPortAndNotOnThePublicOne() {
        given().when().get("/q/metrics").then().statusCode(404);
        assertTrue(scrape().has("http_server_requests_seconds_count", Map.of()));
        // Health stays where the probes look for it.
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void requestsAreCountedPerRouteWithBucketsAndNeverPerPath() {
        String slug = "no-such-group-" + UUID.randomUUID();
        given().when().get("/api/v1/groups/" + slug).then().statusCode(404);
        given().when().get("/groups/" + slug);
        given().when().get("/api/v1/" + slug + "/nothing").then().statusCode(404);
        given().when().delete("/api/v1/groups").then().statusCode(405);

        Scrape scrape = scrape();

        assertTrue(scrape.has("http_server_requests_seconds_count",
                Map.of("uri", "/v1/groups/{slug}", "status", "404", "method", "GET")), scrape.text());
        assertTrue(scrape.has("http_server_requests_seconds_count", Map.of("uri", "/{page}")), scrape.text());
        Set<String> routes = new TreeSet<>();
        scrape.samples("http_server_requests_seconds_count").forEach(s -> routes.add(s.labels().get("uri")));
        for (String route : routes) {
            // REST templates are relative to the REST root: /v1/groups/{slug} is /api/v1/groups/{slug}.
            assertTrue(route.startsWith("/v1/") || route.startsWith("/bmlt/")
                    || Set.of("/{page}", "/assets/{file}", "NOT_FOUND", "REDIRECTION", "/api/{unmatched}")
                            .contains(route), "not a route: " + route + " in " + routes);
        }
        assertFalse(scrape.text().contains(slug), "a path someone asked for became a label");
        // Buckets, so p99 over every replica is histogram_quantile(0.99, ...).
        assertTrue(scrape.has("http_server_requests_seconds_bucket",
                Map.of("uri", "/v1/groups/{slug}", "le", "+Inf")));
    }

    @Test
    void theNearbySearchIsTimedApartFromThePlainListingOnTheSameRoute() {
        double before = scrape().sum("hrw_group_search_nearby_seconds_count", Map.of());

        given().queryParam("lat", 42.3).queryParam("lon", -72.6).when().get("/api/v1/groups").then().statusCode(200);
        given().when().get("/api/v1/groups").then().statusCode(200);
        given().queryParam("near", "Northampton, MA").when().get("/api/v1/groups").then().statusCode(200);

        Scrape after = scrape();
        assertEquals(before + 2, after.sum("hrw_group_search_nearby_seconds_count", Map.of()));
        assertTrue(after.has("hrw_group_search_nearby_seconds_bucket", Map.of("le", "+Inf")));
        assertNotNull(after.help("hrw_group_search_nearby_seconds"));
    }

    @Test
    void aDirectoryFeedAskedForTwiceIsWrittenOnceAndServedAgainFromTheCache() {
        Map<String, String> meetingGuide = Map.of("feed", "meeting-guide");
        Scrape before = scrape();

        given().when().get("/api/v1/feeds/meeting-guide.json").then().statusCode(200);
        given().when().get("/api/v1/feeds/meeting-guide.json").then().statusCode(200);

        Scrape after = scrape();
        double hits = after.sum("hrw_feed_requests_total", Map.of("feed", "meeting-guide", "result", "hit"))
                - before.sum("hrw_feed_requests_total", Map.of("feed", "meeting-guide", "result", "hit"));
        double all = after.sum("hrw_feed_requests_total", meetingGuide)
                - before.sum("hrw_feed_requests_total", meetingGuide);
        assertEquals(2, all);
        assertTrue(hits >= 1, "the second request is answered from the cache");
        assertTrue(after.help("hrw_feed_requests").contains("hit"));
    }

    @Test
    void relayMailsThatFailAndMessagesOverALimitAreCountedByOutcomeAndLimitOnly() {
        // No mail server listens in this profile (ContactRelayTest has one, and counts the mails sent), so every
        // message the limits let through fails to be handed on.
        String slug = GroupTesting.registerAndApprove("Counting Creek", 61.0, 61.0);
        String sender = "203.0.113.77";
        Scrape before = scrape();

        for (int i = 0; i < 3; i++) {
            relay(slug, sender).then().statusCode(503);
        }
        relay(slug, sender).then().statusCode(429);

        Scrape after = scrape();
        assertEquals(3, after.sum("hrw_relay_messages_total", Map.of("outcome", "failed"))
                - before.sum("hrw_relay_messages_total", Map.of("outcome", "failed")));
        assertEquals(1, after.sum("hrw_ratelimit_refused_requests_total", Map.of("limit", "relay-sender-group"))
                - before.sum("hrw_ratelimit_refused_requests_total", Map.of("limit", "relay-sender-group")));
        assertNotNull(after.help("hrw_relay_messages"));
        assertNotNull(after.help("hrw_ratelimit_refused_requests"));
        assertFalse(after.text().contains(sender), "a sender's address became a label");
        assertFalse(after.text().contains(slug), "a group's slug became a label");
    }

    @Test
    void theStewardsQueuesAreCountedAsTheReviewPageCountsThem() {
        double pendingBefore = scrape().sum("hrw_review_queue_items", Map.of("queue", "groups"));

        given().auth().oauth2(TestTokens.host()).contentType(ContentType.JSON)
                .body(GroupTesting.listing("Waiting Well", 62.0, 62.0))
                .when().post("/api/v1/groups").then().statusCode(201);

        Scrape after = scrape();
        Map<String, Object> review = given().auth().oauth2(TestTokens.steward()).when().get("/api/v1/review")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(pendingBefore + 1, after.sum("hrw_review_queue_items", Map.of("queue", "groups")));
        assertNotNull(after.help("hrw_review_queue_items"));
        Map<String, String> queues = Map.of("groups", "groups", "exercises", "exercises",
                "flagged-learnings", "flaggedLearnings", "questions", "questions", "script-drafts", "scriptDrafts");
        queues.forEach((queue, field) -> assertEquals(((Number) review.get(field)).doubleValue(),
                after.sum("hrw_review_queue_items", Map.of("queue", queue)), queue));
    }

    @Test
    void theConnectionPoolReportsItsUseAndItsWaiters() {
        Scrape scrape = scrape();
        for (String meter : new String[] { "agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count", "agroal_blocking_time_max_milliseconds" }) {
            assertTrue(scrape.has(meter, Map.of("datasource", "default")), meter + " in\n" + scrape.text());
        }
    }

    private static io.restassured.response.Response relay(String slug, String sender) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", sender)
                .body(Map.of("message", "Hello, when do you meet next?"))
                .when().post("/api/v1/groups/" + slug + "/messages");
    }
}
