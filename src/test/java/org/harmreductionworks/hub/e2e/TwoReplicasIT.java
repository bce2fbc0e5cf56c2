package org.harmreductionworks.hub.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.PackagedApp;
import org.harmreductionworks.hub.testing.RealKeycloak;
import org.harmreductionworks.hub.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;

/**
 * The production shape: two replicas of the packaged app on one PostgreSQL and one Keycloak, started at the same
 * moment on a new database. What one replica writes, the other serves within moments: its public search, group
 * pages and feeds are answered from what it keeps in memory (the directory, written feeds, which script version is
 * current), and that hears of each change through a change notice, so the other replica is awaited rather than
 * read at once. Kept feeds and the script's re-reading are set to an hour here, so only the notice can explain a
 * prompt answer. Stopping one replica under load loses no request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final int REGISTRATIONS_PER_DAY = 4;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** Long enough for a notice on a busy machine, far shorter than anything kept expires in. */
    private static final Duration PROMPTLY = Duration.ofSeconds(15);

    private static TestPostgres postgres;
    private static String database;
    private static RealKeycloak keycloak;
    private static PackagedApp a;
    private static PackagedApp b;
    private static String twinford;

    @BeforeAll
    static void startTwoReplicasTogether() throws SQLException {
        Optional<TestPostgres> server = TestPostgres.fromEnvironment();
        assumeTrue(server.isPresent() && "postgresql".equals(System.getProperty("quarkus.datasource.db-kind")),
                "Replicas share a PostgreSQL database: this runs in the PostgreSQL run (-Ppostgresql with "
                        + "HRW_TEST_JDBC_URL); embedded H2 belongs to one process.");
        postgres = server.get();
        database = postgres.createDatabase("hrw_replicas");
        keycloak = new RealKeycloak();
        Map<String, String> config = new HashMap<>(keycloak.start());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("hrw.feeds.keep-for", "1H");
        config.put("hrw.script.refresh-interval", "1H");
        config.put("hrw.limits.group-registrations-per-day", Integer.toString(REGISTRATIONS_PER_DAY));
        a = PackagedApp.start("replica-a", config);
        b = PackagedApp.start("replica-b", config);
        a.awaitReady(START_TIMEOUT);
        b.awaitReady(START_TIMEOUT);
    }

    @AfterAll
    static void stopEverything() throws SQLException {
        for (PackagedApp app : new PackagedApp[] { a, b }) {
            if (app != null) {
                app.close();
            }
        }
        if (keycloak != null) {
            keycloak.stop();
        }
        if (database != null) {
            postgres.dropDatabase(database);
        }
    }

    @Test
    @Order(1)
    void startedAtTheSameMomentTheyMigratedTheDatabaseOnce() throws SQLException {
        try (Connection connection = postgres.connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*), count(distinct version), "
                        + "count(*) filter (where not success) from flyway_schema_history where version is not null")) {
            rows.next();
            assertTrue(rows.getInt(1) > 10, "the migrations ran");
            assertEquals(rows.getInt(2), rows.getInt(1), "each migration ran once");
            assertEquals(0, rows.getInt(3), "and none failed");
        }
    }

    @Test
    @Order(2)
    void aGroupApprovedThroughOneIsInTheOthersSearchPageAndKeptFeedsAtOnce() {
        // B writes and keeps each feed before the group exists.
        for (Feed feed : Feed.values()) {
            String before = get(b, feed.path);
            assertTrue(!before.contains("Twinford"), feed + " starts without the group");
        }
        String host = PackagedAppWithKeycloakIT.passwordGrant("host", "host-demo");
        String slug = given().baseUri(a.url()).auth().oauth2(host).contentType(ContentType.JSON)
                .body(GroupTesting.listing("Twinford", 42.3301, -72.6301))
                .when().post("/api/v1/groups").then().statusCode(201).extract().path("slug");
        twinford = slug;
        given().baseUri(b.url()).when().get("/api/v1/groups/" + slug).then().statusCode(404);

        String steward = PackagedAppWithKeycloakIT.passwordGrant("steward", "steward-demo");
        given().baseUri(a.url()).auth().oauth2(steward).when().post("/api/v1/review/groups/" + slug + "/approval")
                .then().statusCode(200);

        awaitTrue("replica B's directory lists the approved group", () -> given().baseUri(b.url())
                .when().get("/api/v1/groups/" + slug).statusCode() == 200);
        given().baseUri(b.url()).when().get("/api/v1/groups/" + slug).then().statusCode(200)
                .body("name", equalTo("Harm Reduction Works-HRW Twinford"));
        given().baseUri(b.url()).queryParam("near", "Northampton, MA").when().get("/api/v1/groups")
                .then().statusCode(200).body("items.slug", hasItem(slug));
        for (Feed feed : Feed.values()) {
            awaitTrue(feed + " on the other replica lists the approved group",
                    () -> unfolded(get(b, feed.path)).contains("Twinford"));
        }
    }

    @Test
    @Order(3)
    void aBurstOfRegistrationsSplitOverBothNeverExceedsTheLimit() throws Exception {
        String newcomer = PackagedAppWithKeycloakIT.passwordGrant("newcomer", "newcomer-demo");
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                PackagedApp replica = i % 2 == 0 ? a : b;
                Map<String, Object> listing = GroupTesting.listing("Burston " + (char) ('a' + i), 10.0 + i, 10.0);
                Callable<Integer> register = () -> {
                    go.await();
                    return given().baseUri(replica.url()).auth().oauth2(newcomer).contentType(ContentType.JSON)
                            .body(listing).when().post("/api/v1/groups").then().extract().statusCode();
                };
                answers.add(pool.submit(register));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(REGISTRATIONS_PER_DAY, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(attempts - REGISTRATIONS_PER_DAY, statuses.stream().filter(s -> s == 429).count(),
                    statuses::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void anEditThroughOneReplicaMakesTheOthersCopyStale() {
        String host = PackagedAppWithKeycloakIT.passwordGrant("host", "host-demo");
        String slug = twinford;
        int revision = given().baseUri(b.url()).auth().oauth2(host).when().get("/api/v1/groups/" + slug)
                .then().statusCode(200).extract().path("revision");
        Map<String, Object> listing = GroupTesting.listing("Twinford", 42.3301, -72.6301);

        listing.put("description", "Edited through replica A.");
        given().baseUri(a.url()).auth().oauth2(host).contentType(ContentType.JSON)
                .body(Map.of("listing", listing, "revision", revision))
                .when().put("/api/v1/groups/" + slug).then().statusCode(200);

        listing.put("description", "Edited through replica B from an older copy.");
        given().baseUri(b.url()).auth().oauth2(host).contentType(ContentType.JSON)
                .body(Map.of("listing", listing, "revision", revision))
                .when().put("/api/v1/groups/" + slug).then().statusCode(409)
                .contentType("application/problem+json");
        awaitTrue("replica B shows the edit made through A", () -> "Edited through replica A.".equals(
                given().baseUri(b.url()).when().get("/api/v1/groups/" + slug).then().extract().path("description")));
    }

    @Test
    @Order(5)
    void aScriptVersionPublishedThroughOneIsServedByTheOtherWithinSeconds() {
        int before = given().baseUri(b.url()).when().get("/api/v1/script").then().statusCode(200)
                .extract().path("version");
        String steward = PackagedAppWithKeycloakIT.passwordGrant("steward", "steward-demo");
        int draft = given().baseUri(a.url()).auth().oauth2(steward).when().post("/api/v1/script/drafts")
                .then().statusCode(201).extract().path("id");
        long revision = ((Number) given().baseUri(a.url()).auth().oauth2(steward)
                .when().get("/api/v1/script/drafts/" + draft).then().statusCode(200).extract().path("revision"))
                .longValue();
        int published = given().baseUri(a.url()).auth().oauth2(steward).contentType(ContentType.JSON)
                .body(Map.of("summary", "Published through replica A.", "revision", revision))
                .when().post("/api/v1/script/drafts/" + draft + "/publish").then().statusCode(201)
                .extract().path("number");
        assertEquals(before + 1, published);

        awaitTrue("replica B serves version " + published, () -> published == (int) given().baseUri(b.url())
                .when().get("/api/v1/script").then().statusCode(200).extract().path("version"));
    }

    @Test
    @Order(6)
    void aReplicaStoppedUnderLoadFinishesItsRequestsWhileTheOtherServes() throws Exception {
        Balancer balancer = new Balancer(List.of(a, b));
        balancer.start();
        try {
            balancer.runFor(Duration.ofSeconds(3));
            Instant stopping = Instant.now();
            a.process().destroy();
            // Draining: not ready, but still serving what it is sent, the web app's page and files included.
            awaitTrue("replica A reports it is stopping", () -> !isReady(a));
            String page = get(a, "/exercises");
            Matcher script = Pattern.compile("/assets/[^\"]+\\.js").matcher(page);
            assertTrue(script.find(), page);
            get(a, script.group());
            int exit = a.stop(Duration.ofSeconds(60));
            Duration stoppedIn = Duration.between(stopping, Instant.now());
            balancer.aStopped();
            balancer.runFor(Duration.ofSeconds(2));
            balancer.finish();

            System.out.printf("Stopping replica A under load: exit %d after %d ms; %s%n", exit,
                    stoppedIn.toMillis(), balancer.summary());
            assertEquals(List.of(), balancer.failures(), "no request failed");
            assertTrue(balancer.servedBy(a) > 0 && balancer.servedBy(b) > 0, balancer::summary);
            assertTrue(balancer.servedByBAfterAStopped() > 0, "the other replica kept serving: " + balancer.summary());
            given().baseUri(b.url()).when().get("/q/health/ready").then().statusCode(200);
        } finally {
            balancer.finish();
        }
    }

    /** The whole-directory feeds each replica writes once and keeps. */
    private enum Feed {
        MEETING_GUIDE("/api/v1/feeds/meeting-guide.json"),
        GEOJSON("/api/v1/feeds/groups.geojson"),
        ICALENDAR("/api/v1/feeds/groups.ics"),
        BMLT("/api/bmlt/client_interface/json/?switcher=GetSearchResults");

        final String path;

        Feed(String path) {
            this.path = path;
        }
    }

    /**
     * Sends a steady load to the replicas that say they are ready, as a Kubernetes Service does: it checks each
     * replica's readiness every 100 ms and stops sending to one that is not ready.
     */
    private static final class Balancer {
        private static final List<String> PATHS = List.of("/api/v1/script?meeting=open", "/api/v1/exercises",
                "/api/v1/groups?near=Northampton%2C%20MA", "/api/v1/learnings", "/groups/twinford");
        private static final int WORKERS = 4;

        private final List<PackagedApp> replicas;
        private final Map<PackagedApp, Boolean> ready = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<PackagedApp, AtomicInteger> served = new java.util.concurrent.ConcurrentHashMap<>();
        private final AtomicInteger servedByBAfterStop = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicLong next = new AtomicLong();
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final ExecutorService threads = Executors.newFixedThreadPool(WORKERS + 1);
        private volatile boolean running;
        private volatile boolean aStopped;

        Balancer(List<PackagedApp> replicas) {
            this.replicas = replicas;
            replicas.forEach(r -> {
                ready.put(r, true);
                served.put(r, new AtomicInteger());
            });
        }

        void start() {
            running = true;
            threads.submit(this::checkReadiness);
            for (int i = 0; i < WORKERS; i++) {
                threads.submit(this::work);
            }
        }

        void runFor(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        void aStopped() {
            aStopped = true;
        }

        void finish() throws InterruptedException {
            running = false;
            threads.shutdown();
            threads.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        int servedBy(PackagedApp replica) {
            return served.get(replica).get();
        }

        int servedByBAfterAStopped() {
            return servedByBAfterStop.get();
        }

        String summary() {
            return "served by A " + servedBy(a) + ", by B " + servedBy(b) + " (" + servedByBAfterStop.get()
                    + " after A stopped), failed " + failures.size();
        }

        private void checkReadiness() {
            while (running) {
                for (PackagedApp replica : replicas) {
                    ready.put(replica, status(replica, "/q/health/ready") == 200);
                }
                pause(100);
            }
        }

        private void work() {
            while (running) {
                List<PackagedApp> candidates = replicas.stream().filter(r -> ready.get(r)).toList();
                if (candidates.isEmpty()) {
                    pause(10);
                    continue;
                }
                long n = next.getAndIncrement();
                PackagedApp replica = candidates.get((int) (n % candidates.size()));
                String path = PATHS.get((int) (n % PATHS.size()));
                int status = status(replica, path);
                if (status == 200) {
                    served.get(replica).incrementAndGet();
                    if (replica == b && aStopped) {
                        servedByBAfterStop.incrementAndGet();
                    }
                } else {
                    failures.add(replica.name() + " " + path + ": " + (status < 0 ? "no answer" : status));
                }
            }
        }

        private int status(PackagedApp replica, String path) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(replica.url() + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String get(PackagedApp replica, String path) {
        return given().baseUri(replica.url()).urlEncodingEnabled(false).when().get(path).then().statusCode(200)
                .extract().asString();
    }

    private static boolean isReady(PackagedApp replica) {
        return given().baseUri(replica.url()).when().get("/q/health/ready").then().extract().statusCode() == 200;
    }

    /** iCalendar folds long lines; the group's name may be split across two. */
    private static String unfolded(String text) {
        return text.replace("\r\n ", "").replace("\n ", "");
    }

    private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PROMPTLY);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what + " within " + PROMPTLY.toSeconds() + " s");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
