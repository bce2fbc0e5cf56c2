package org.harmreductionworks.hub.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.harmreductionworks.hub.group.GroupTesting;
import org.harmreductionworks.hub.testing.DatabaseSnapshot;
import org.harmreductionworks.hub.testing.LoopbackPorts;
import org.harmreductionworks.hub.testing.PackagedApp;
import org.harmreductionworks.hub.testing.TestPostgres;
import org.harmreductionworks.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The runbook in deploy/README.md ("Backups and restore"), played out on PostgreSQL: the packaged app runs on a new
 * database with the demo content and a write of every kind, its database is dumped with pg_dump while it serves,
 * restored into an empty database, and a second app started on the copy serves the same listings, learnings,
 * exercises, script and meeting logs, while every table and sequence holds what the source held.
 */
class BackupAndRestoreIT {

    /** Where the demo's sample groups meet; "today" for their meeting logs. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    @Test
    void theDemoContentAndEveryKindOfWriteSurviveADumpAndARestoreIntoAnEmptyDatabase() throws Exception {
        Optional<TestPostgres> server = TestPostgres.fromEnvironment();
        assumeTrue(server.isPresent(), "The backup runbook is for PostgreSQL (pg_dump, pg_restore): it runs only on "
                + "the PostgreSQL run (HRW_TEST_JDBC_URL is unset, so this is the H2 run)");
        assertEquals("postgresql", System.getProperty("quarkus.datasource.db-kind"),
                "HRW_TEST_JDBC_URL names PostgreSQL, so the app must be built for it: ./mvnw verify -Ppostgresql");
        TestPostgres postgres = server.get();
        Path work = Files.createDirectories(Path.of("target/backup-it"));
        Path dump = work.resolve("hrw.dump");
        Files.deleteIfExists(dump);
        String source = postgres.createDatabase("hrw_backup_source");
        String restored = TestPostgres.uniqueName("hrw_backup_restored");
        try (PackagedApp original = PackagedApp.start("backup-source", appConfig(postgres, source, true))
                .awaitReady(START_TIMEOUT)) {
            writeOneOfEachKind(original.url());
            DatabaseSnapshot before = snapshot(postgres, source);
            assertEquals(List.of(), before.emptyTables(), "every table holds something the restore must bring "
                    + "back: give an empty one a write in writeOneOfEachKind");

            // The runbook's commands, while the source app keeps serving.
            postgres.run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + source);
            postgres.run("createdb", restored);
            postgres.run("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                    "--dbname=" + restored, dump.toString());
            postgres.run("vacuumdb", "--analyze-only", "--dbname=" + restored);
            assertEquals(List.of(), before.differencesFrom(snapshot(postgres, restored)), "the restored database");

            try (PackagedApp copy = PackagedApp.start("backup-restored", appConfig(postgres, restored, false))
                    .awaitReady(START_TIMEOUT)) {
                assertTrue(copy.log().contains("No migration necessary"), "Flyway finds the schema current");
                assertEquals(List.of(), before.differencesFrom(snapshot(postgres, restored)),
                        "starting the app on the restored database changed nothing in it");

                List<String> differences = new ArrayList<>();
                List<Read> reads = everythingToRead(original.url());
                for (Read read : reads) {
                    String expected = read.from(original.url());
                    String actual = read.from(copy.url());
                    if (!expected.equals(actual)) {
                        differences.add(read + "\n  source:   " + shorten(expected) + "\n  restored: " + shorten(actual));
                    }
                }
                assertEquals(List.of(), differences, "the API answers the same from the restored database");
                System.out.println("Compared " + reads.size() + " API reads between the source and the restored app");

                // The sequences came along too: the restored hub hands out new ids after the old ones.
                long lastId = lastMeetingLogId(postgres, source);
                int newEntry = asHost().baseUri(copy.url())
                        .body(meeting(TODAY.minusDays(1), null, 4, "Logged after the restore", false))
                        .when().post("/api/v1/groups/greenfield-example/meetings").then().statusCode(201)
                        .extract().path("id");
                assertTrue(newEntry > lastId);
            }
        } finally {
            postgres.dropDatabase(source);
            postgres.dropDatabase(restored);
        }
    }

    private static Map<String, String> appConfig(TestPostgres postgres, String database, boolean sampleContent) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        // No Keycloak: the app checks the tests' own tokens (TestTokens) against their public key alone, without
        // an identity provider to ask; the web app is told to sign in at a loopback port where nothing listens.
        config.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("hrw.web.oidc-authority", "http://127.0.0.1:" + LoopbackPorts.free() + "/realms/hrw");
        // Both apps write the same absolute links, whatever port each listens on.
        config.put("hrw.public-url", "https://hrw.example.org");
        config.put("hrw.places.preload", "false");
        config.put("hrw.sample-content", Boolean.toString(sampleContent));
        return config;
    }

    /**
     * Beyond the demo's groups, learnings and starter exercises: a row in every other table, written through the
     * API as hosts, stewards and newcomers would.
     */
    private static void writeOneOfEachKind(String app) {
        // Meeting logs, a plan, a cancelled date and a confirmation (history) from the demo host.
        asHost().baseUri(app).body(meeting(TODAY.minusDays(7), "listening-to-shame", 5, "People opened up.", true))
                .when().post("/api/v1/groups/northampton-example/meetings").then().statusCode(201);
        asHost().baseUri(app).body(meeting(TODAY.minusDays(3), null, 3, "Quiet night; two newcomers.", false))
                .when().post("/api/v1/groups/greenfield-example/meetings").then().statusCode(201);
        Map<String, Object> plan = new HashMap<>();
        plan.put("exerciseSlug", "listening-to-shame");
        plan.put("chooser", "River");
        plan.put("showPublicly", true);
        plan.put("revision", null);
        asHost().baseUri(app).body(plan).when().put("/api/v1/groups/northampton-example/plan/" + TODAY.plusDays(3))
                .then().statusCode(200);
        String next = given().baseUri(app).when().get("/api/v1/groups/holyoke-example").then().statusCode(200)
                .extract().path("nextMeeting.localStart");
        asHost().baseUri(app).body(Map.of("date", next.substring(0, 10), "kind", "cancelled"))
                .when().post("/api/v1/groups/holyoke-example/schedule-changes").then().statusCode(200);
        asHost().baseUri(app).when().post("/api/v1/groups/amherst-example/confirmation").then().statusCode(200);

        // A co-host invited and joining; a newcomer registering a group that waits for a steward.
        String code = asHost().baseUri(app).when().post("/api/v1/groups/holyoke-example/invitations").then()
                .statusCode(201).extract().path("code");
        as(TestTokens.newcomer()).baseUri(app).body(Map.of("code", code)).when().post("/api/v1/invitations").then()
                .statusCode(200);
        as(TestTokens.newcomer()).baseUri(app).body(GroupTesting.listing("Backupville", 42.5, -72.5)).when()
                .post("/api/v1/groups").then().statusCode(201);

        // A learning asked, answered, found helpful, flagged, hidden and restored by a steward.
        Map<String, Object> post = new HashMap<>();
        post.put("kind", "question");
        post.put("title", "How do you keep the circle going in winter?");
        post.put("body", "Attendance halves every January. What have other groups tried?");
        post.put("topics", List.of("welcoming"));
        post.put("exerciseSlug", null);
        post.put("visibility", "public");
        post.put("askStewards", false);
        long id = ((Number) asHost().baseUri(app).body(Map.of("groupSlug", "northampton-example", "post", post))
                .when().post("/api/v1/learnings").then().statusCode(201).extract().path("id")).longValue();
        asHost().baseUri(app).body(Map.of("groupSlug", "pittsfield-example", "body", "We move indoors and start "
                + "at five, before dark.")).when().post("/api/v1/learnings/" + id + "/replies").then().statusCode(201);
        asHost().baseUri(app).body(Map.of("groupSlug", "greenfield-example")).when()
                .post("/api/v1/learnings/" + id + "/helped").then().statusCode(200);
        as(TestTokens.person(UUID.randomUUID().toString())).baseUri(app)
                .body(Map.of("reason", "Please check the wording")).when().post("/api/v1/learnings/" + id + "/flags")
                .then().statusCode(202);
        as(TestTokens.steward()).baseUri(app).body(Map.of("reason", "Checking it with the group")).when()
                .post("/api/v1/review/learnings/posts/" + id + "/hide").then().statusCode(204);
        as(TestTokens.steward()).baseUri(app).body(Map.of("reason", "Checked: fine")).when()
                .post("/api/v1/review/learnings/posts/" + id + "/restore").then().statusCode(204);

        // An exercise a group suggests.
        Map<String, Object> source = new HashMap<>();
        source.put("title", "Voices from the Drop-In");
        source.put("creator", "A community radio collective");
        source.put("publisher", null);
        source.put("year", 2024);
        source.put("url", "https://radio.example.org/voices");
        source.put("freeToAccess", true);
        Map<String, Object> exercise = new HashMap<>();
        exercise.put("title", "Voices from the drop-in");
        exercise.put("kind", "podcast");
        exercise.put("themes", List.of("stigma"));
        exercise.put("suggestedMinutes", 15);
        exercise.put("summary", "Three people who run a drop-in talk about the first time someone trusted them.");
        exercise.put("howToRun", "Play the first fifteen minutes, then open the floor.");
        exercise.put("prompts", List.of("What makes a place feel safe to walk into?"));
        exercise.put("source", source);
        exercise.put("contentNotes", List.of("overdose"));
        exercise.put("suits", "both");
        exercise.put("language", "en");
        asHost().baseUri(app).body(Map.of("groupSlug", "northampton-example", "exercise", exercise)).when()
                .post("/api/v1/exercises").then().statusCode(201);

        // A new version of the script, published by a steward.
        String drafts = "/api/v1/script/drafts";
        int draft = as(TestTokens.steward()).baseUri(app).when().post(drafts).then().statusCode(201).extract()
                .path("id");
        List<Map<String, Object>> sections = as(TestTokens.steward()).baseUri(app).when().get(drafts + "/" + draft)
                .then().statusCode(200).extract().path("sections.en");
        Map<String, Object> agreements = sections.stream().filter(s -> "agreements".equals(s.get("key")))
                .findFirst().orElseThrow();
        as(TestTokens.steward()).baseUri(app).body(Map.of("title", agreements.get("title"), "audience",
                agreements.get("audience"), "kind", agreements.get("kind"), "minutes", agreements.get("minutes"),
                "body", agreements.get("body") + "\n\nPhones on silent, please.", "revision",
                agreements.get("revision"))).when().put(drafts + "/" + draft + "/sections/en/agreements").then()
                .statusCode(200);
        Object revision = as(TestTokens.steward()).baseUri(app).when().get(drafts + "/" + draft).then()
                .extract().path("revision");
        as(TestTokens.steward()).baseUri(app).body(Map.of("summary", "Phones on silent.", "revision", revision))
                .when().post(drafts + "/" + draft + "/publish").then().statusCode(201);
    }

    /** One GET as someone, compared between the two apps by status and body. */
    private record Read(String path, String who, String token) {

        String from(String app) {
            RequestSpecification request = given().baseUri(app).urlEncodingEnabled(false);
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            Response response = request.when().get(path);
            return response.statusCode() + " " + response.asString();
        }

        @Override
        public String toString() {
            return "GET " + path + " as " + who;
        }
    }

    /** Every listing, learning, exercise, script version and log the source app serves, as those who may read them. */
    private static List<Read> everythingToRead(String app) {
        String host = TestTokens.host();
        String steward = TestTokens.steward();
        String newcomer = TestTokens.newcomer();
        List<Read> reads = new ArrayList<>();
        for (String list : List.of("/api/v1/groups?size=100", "/api/v1/groups?attendance=online&size=100")) {
            reads.add(new Read(list, "anyone", null));
        }
        List<String> slugs = new ArrayList<>(given().baseUri(app).queryParam("size", 100).when()
                .get("/api/v1/groups").then().statusCode(200).extract().path("items.slug"));
        slugs.addAll(given().baseUri(app).queryParam("size", 100).queryParam("attendance", "online").when()
                .get("/api/v1/groups").then().statusCode(200).extract().path("items.slug"));
        assertTrue(slugs.size() >= 30, "the demo's groups are listed: " + slugs);
        for (String slug : slugs) {
            String group = "/api/v1/groups/" + slug;
            reads.add(new Read(group, "anyone", null));
            // The hosts' view has the private contact address.
            reads.add(new Read(group, "its host", host));
            reads.add(new Read(group + "/meetings?size=100", "its host", host));
            reads.add(new Read(group + "/plan", "its host", host));
            reads.add(new Read(group + "/history", "a steward", steward));
            reads.add(new Read(group + "/next-exercise", "anyone", null));
            reads.add(new Read(group + "/calendar.ics", "anyone", null));
        }
        reads.add(new Read("/api/v1/me", "the demo host", host));
        reads.add(new Read("/api/v1/me", "the newcomer", newcomer));
        reads.add(new Read("/api/v1/review", "a steward", steward));
        reads.add(new Read("/api/v1/review/groups", "a steward", steward));
        reads.add(new Read("/api/v1/review/exercises", "a steward", steward));
        reads.add(new Read("/api/v1/review/learnings", "a steward", steward));

        reads.add(new Read("/api/v1/learnings?size=100", "anyone", null));
        reads.add(new Read("/api/v1/learnings?size=100", "a host", host));
        List<Integer> learnings = given().baseUri(app).auth().oauth2(host).queryParam("size", 100).when()
                .get("/api/v1/learnings").then().statusCode(200).extract().path("items.id");
        assertTrue(learnings.size() >= 5, "the demo's learnings and the new one are listed: " + learnings);
        for (Integer id : learnings) {
            reads.add(new Read("/api/v1/learnings/" + id, "a steward", steward));
        }

        reads.add(new Read("/api/v1/exercises?size=100", "anyone", null));
        List<String> exercises = given().baseUri(app).queryParam("size", 100).when().get("/api/v1/exercises").then()
                .statusCode(200).extract().path("items.slug");
        for (String slug : exercises) {
            reads.add(new Read("/api/v1/exercises/" + slug, "anyone", null));
            reads.add(new Read("/api/v1/exercises/" + slug + "/usage", "anyone", null));
        }

        reads.add(new Read("/api/v1/script/versions?size=100", "anyone", null));
        List<Integer> versions = given().baseUri(app).queryParam("size", 100).when().get("/api/v1/script/versions")
                .then().statusCode(200).extract().path("items.number");
        assertTrue(versions.size() >= 2, "the first version and the one published here: " + versions);
        for (Integer number : versions) {
            for (String meeting : List.of("open", "focused")) {
                reads.add(new Read("/api/v1/script/versions/" + number + "?meeting=" + meeting, "anyone", null));
            }
        }
        reads.add(new Read("/api/v1/script?meeting=open", "anyone", null));
        reads.add(new Read("/api/v1/feeds/meeting-guide.json", "anyone", null));
        reads.add(new Read("/api/v1/feeds/groups.geojson", "anyone", null));
        reads.add(new Read("/api/v1/feeds/learnings.atom", "anyone", null));
        reads.add(new Read("/api/v1/feeds/exercises.atom", "anyone", null));
        return reads;
    }

    private static Map<String, Object> meeting(LocalDate date, String exercise, int rating, String note,
            boolean share) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("date", date.toString());
        entry.put("meeting", "open");
        entry.put("exerciseSlug", exercise);
        entry.put("headcount", "6-10");
        entry.put("rating", rating);
        entry.put("note", note);
        entry.put("shareNote", share);
        return entry;
    }

    private static RequestSpecification asHost() {
        return as(TestTokens.host());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static DatabaseSnapshot snapshot(TestPostgres postgres, String database) throws Exception {
        try (Connection connection = postgres.connect(database)) {
            return DatabaseSnapshot.of(connection);
        }
    }

    private static long lastMeetingLogId(TestPostgres postgres, String database) throws Exception {
        try (Connection connection = postgres.connect(database);
                java.sql.ResultSet result = connection.createStatement().executeQuery("select max(id) from meeting_log")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
