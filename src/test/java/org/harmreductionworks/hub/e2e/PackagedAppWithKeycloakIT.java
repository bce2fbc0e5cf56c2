package org.harmreductionworks.hub.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.testing.LoopbackPorts;
import org.harmreductionworks.hub.testing.OnLoopback;
import org.harmreductionworks.hub.testing.PackagedAppDatabase;
import org.harmreductionworks.hub.testing.RealKeycloak;
import org.harmreductionworks.hub.testing.Scrape;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The packaged jar, as it is deployed, against a real Keycloak with the demo realm.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = RealKeycloak.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PackagedAppDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = OnLoopback.class, restrictToAnnotatedClass = true)
class PackagedAppWithKeycloakIT {

    static String passwordGrant(String username, String password) {
        return tokenRequest(username, password).then().statusCode(200).extract().path("access_token");
    }

    /** The demo realm's password grant, answered as it comes. */
    private static Response tokenRequest(String username, String password) {
        return given().baseUri(RealKeycloak.issuer())
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "hrw-web")
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid")
                .when().post("/protocol/openid-connect/token");
    }

    /**
     * The browser journeys run two files at a time, signed in as the same demo accounts. Keycloak 26 refuses a login
     * while another of the same account is under way (its brute-force protector's default), which failed a journey
     * on a busy run with "user_temporarily_disabled"; the tests' Keycloak allows it (RealKeycloak).
     */
    @Test
    void oneDemoAccountSignsInFromSeveralPlacesAtOnce() throws Exception {
        int logins = 6;
        ExecutorService pool = Executors.newFixedThreadPool(logins);
        try {
            CountDownLatch ready = new CountDownLatch(logins);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < logins; i++) {
                statuses.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return tokenRequest("steward", "steward-demo").statusCode();
                }));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertEquals(Collections.nCopies(logins, 200), answered);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDemoStewardsRealTokenSaysTheyAreAStewardOnMe() {
        String token = passwordGrant("steward", "steward-demo");
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Sam"))
                .body("steward", equalTo(true));
    }

    @Test
    void theDemoHostIsSignedInButNotAsteward() {
        String token = passwordGrant("host", "host-demo");
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Alex"))
                .body("steward", equalTo(false));
    }

    @Test
    void theDemosExampleLearningsAreSharedAndTheNetworkOnlyOneOnlyWithHosts() {
        given().when().get("/api/v1/learnings").then().statusCode(200)
                .body("items.title", hasItem("Passing the script around the circle"))
                .body("items.title", not(hasItem("Agencies around Worcester that treated us well")));
        given().auth().oauth2(passwordGrant("host", "host-demo")).when().get("/api/v1/learnings").then()
                .statusCode(200).body("items.title", hasItem("Agencies around Worcester that treated us well"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        // Correctly signed by a key Keycloak never had, claiming to come from elsewhere.
        given().auth().oauth2(TestTokens.steward())
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTamperedRealTokenIsRefused() {
        String[] parts = passwordGrant("newcomer", "newcomer-demo").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"realm_access\":{\"roles\":[", "\"realm_access\":{\"roles\":[\"steward\",");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + "." + parts[2];
        given().auth().oauth2(tampered)
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void aMalformedJsonBodyFromASignedInStewardIsA400Problem() {
        String token = passwordGrant("steward", "steward-demo");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{")
                .when().post("/api/v1/script/drafts/1/publish")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hrw:problem:malformed-body"));
    }

    @Test
    void theWebAppIsToldToSignInAtTheRealIssuer() {
        given().when().get("/api/v1/config")
                .then().statusCode(200)
                .body("oidc.authority", equalTo(RealKeycloak.issuer()));
    }

    @Test
    void aSharedFinderLinkArrivesWithItsFirstResultsInThePage() {
        // The address as a browser sends it: REST Assured would encode the % signs again.
        String page = given().urlEncodingEnabled(false).when().get("/groups?near=Northampton%2C%20MA")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asString();
        assertTrue(page.contains("<hrw-app><section class=\"first-results\""), page);
        assertTrue(page.contains("within 16 mi of Northampton, MA</h2>"), page);
        assertTrue(page.contains(
                "<a href=\"/groups/northampton-example\">Harm Reduction Works-HRW Northampton (example)</a>"), page);
        assertTrue(page.contains("/assets/index-"), "the web app still loads and takes over");

        // A bare name is named in full as the server understood it; distances lead with the viewer's unit.
        String bare = given().urlEncodingEnabled(false).header("Accept-Language", "es-MX,es;q=0.8")
                .when().get("/groups?near=northampton").then().statusCode(200)
                .header("Vary", containsString("Accept-Language")).extract().asString();
        // The page follows the reader's language too.
        assertTrue(bare.contains("a menos de 25 km de Northampton, MA</h2>"), bare);
        assertTrue(bare.contains("<html lang=\"es\">"), bare);

        // A name several towns share is asked about, with a link for each town, also without the page's script.
        String which = given().urlEncodingEnabled(false).when().get("/groups?near=Springfield&format=open")
                .then().statusCode(200).extract().asString();
        assertTrue(which.contains("<h2 id=\"first-results-heading\">Which Springfield?</h2>"), which);
        assertTrue(which.contains("<a href=\"/groups?format=open&amp;near=Springfield%2C%20MA%2C%20US\">Springfield, MA</a>"),
                which);

        // What the finder would report as a problem gets the plain page, and the finder explains it.
        for (String search : new String[] { "/groups?near=Nowhere%20Atall%20Zzyzx",
                "/groups?near=Amherst&radiusKm=9000", "/groups?near=Amherst&format=secret", "/groups",
                "/groups?near=Amherst&page=2" }) {
            String plain = given().urlEncodingEnabled(false).when().get(search).then().statusCode(200).extract()
                    .asString();
            assertTrue(plain.contains("<hrw-app></hrw-app>"), search + ": " + plain);
        }
    }

    @Test
    void theAppsStylesArriveInItsPageAllowedByTheirHashAlone() {
        Response page = given().when().get("/exercises");
        String html = page.then().statusCode(200).extract().asString();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find(), "the stylesheet is in the page");
        assertTrue(!html.contains("rel=\"stylesheet\""), "and not a file the page waits for");
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("style-src 'self' 'sha256-" + Sha256.base64(style.group(1)) + "';"), csp);
        assertTrue(!csp.contains("unsafe-inline"), csp);
    }

    @Test
    void servesTheWebAppOnDeepLinksAndProblemsOnUnknownApiPaths() {
        given().when().get("/hosting")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .body(containsString("<hrw-app"));
        given().when().get("/api/v1/nope")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMistypedAddressIsA404TheAppsPageForABrowserAndAProblemForATool() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        given().accept(browser).when().get("/hostting")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .body(containsString("<hrw-app"));
        // BMLT's address without the hub's /api, as a tool given the site's root would ask it.
        given().when().get("/client_interface/json/?switcher=GetSearchResults")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hrw:problem:not-found"));
        // A file an old page asks for after a new release is a 404 too, not the app's page.
        given().when().get("/assets/index-0ld.js").then().statusCode(404).contentType("application/problem+json");

        // Every page of the app, its parameters filled in, and the build's files are still answered.
        for (String page : List.of("/hosting/", "/groups/no-such-group", "/groups/join", "/script/versions/2/changes",
                "/learnings/7/edit", "/auth/callback")) {
            given().accept(browser).when().get(page).then().statusCode(200).body(containsString("<hrw-app"));
        }
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        assertTrue(script.find(), html);
        given().when().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript"));
        given().when().get("/favicon.svg").then().statusCode(200);
        given().when().get("/page-paths.json").then().statusCode(200).body("$", hasItem("/groups/:slug"));
    }

    @Test
    void listensOnLoopbackOnlyLikeEveryServerTheTestsStart() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200);
        LoopbackPorts.assertNothingAnswersElsewhereOn(RestAssured.port, "the app");
    }

    @Test
    void servesItsMetricsOnTheManagementPortAndNotOnThePublicOne() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().queryParam("lat", 42.3251).queryParam("lon", -72.6412).when().get("/api/v1/groups")
                .then().statusCode(200);

        Scrape scrape = Scrape.read(OnLoopback.managementBase());

        assertTrue(scrape.sum("hrw_group_search_nearby_seconds_count", java.util.Map.of()) >= 1);
        assertTrue(scrape.has("http_server_requests_seconds_bucket", java.util.Map.of("uri", "/v1/groups")));
        assertTrue(scrape.has("hrw_review_queue_items", java.util.Map.of("queue", "groups")));
        assertTrue(scrape.has("agroal_awaiting_count", java.util.Map.of()));
    }

    @Test
    void isReadyWithADatabaseCheck() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void publishesADescribedOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Harm Reduction Works-HRW hub API"))
                .body("info.version", equalTo("1"));
    }
}
