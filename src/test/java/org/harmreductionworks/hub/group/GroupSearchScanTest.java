package org.harmreductionworks.hub.group;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Searches without a point page through every match; paging through them must see each group exactly once. The
 * groups are written straight into the database, as an operator might, and the directory is told to read it again.
 */
@QuarkusTest
class GroupSearchScanTest {

    private static final int GROUPS = 1_234;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    GroupDirectory directory;

    @Test
    void pagingThroughManyOnlineGroupsShowsEachOnceWithAnExactTotal() throws SQLException {
        insertOnlineGroups();
        List<String> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().queryParam("attendance", "online").queryParam("q", "scanville")
                    .queryParam("sort", "name").queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/v1/groups").then().statusCode(200).extract().jsonPath();
            assertEquals(GROUPS, body.getInt("total"));
            List<String> slugs = body.getList("items.slug");
            if (slugs.isEmpty()) {
                break;
            }
            seen.addAll(slugs);
        }
        assertEquals(GROUPS, seen.size());
        assertEquals(GROUPS, new HashSet<>(seen).size());
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(String::compareTo);
        assertEquals(sorted, seen, "sorted by name (the zero-padded locality), across pages");
    }

    @Test
    void theFindersOnlineListInMeetingOrderPagesEachGroupOnceAndSeesTheNextChange() throws SQLException {
        insertOnlineGroups();
        List<String> all = new ArrayList<>();
        long total = -1;
        for (int page = 0; ; page++) {
            JsonPath body = given().queryParam("attendance", "online").queryParam("size", 100)
                    .queryParam("page", page).when().get("/api/v1/groups").then().statusCode(200)
                    .extract().jsonPath();
            total = body.getLong("total");
            List<String> slugs = body.getList("items.slug");
            if (slugs.isEmpty()) {
                break;
            }
            all.addAll(slugs);
        }
        assertEquals(total, all.size());
        assertEquals(all.size(), new HashSet<>(all).size());
        List<String> ours = all.stream().filter(slug -> slug.startsWith("scan-")).toList();
        assertEquals(GROUPS, ours.size());
        List<String> sorted = new ArrayList<>(ours);
        sorted.sort(String::compareTo);
        assertEquals(sorted, ours, "the same next meeting, so in name order");

        // The last of them meets an hour earlier from now on: the very next page shows it so, in meeting order.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement earlier = connection.prepareStatement(
                        "update hrw_group set start_time = ? where slug = ?")) {
            earlier.setTime(1, java.sql.Time.valueOf("17:00:00"));
            earlier.setString(2, sorted.get(GROUPS - 1));
            earlier.executeUpdate();
        }
        directory.reload();
        String moved = sorted.get(GROUPS - 1);
        JsonPath first = given().queryParam("attendance", "online").queryParam("size", 100)
                .when().get("/api/v1/groups").then().statusCode(200).extract().jsonPath();
        List<String> slugs = first.getList("items.slug");
        List<String> starts = first.getList("items.nextMeeting.start");
        assertEquals(starts.stream().sorted().toList(), starts, "in meeting order");
        int at = slugs.indexOf(moved);
        assertTrue(at >= 0 && first.getString("items[" + at + "].nextMeeting.localStart").endsWith("T17:00:00"),
                "the group's new time is in the list: " + first.prettify());
    }

    @Test
    void anAbsurdPageIsRefusedByName() {
        given().queryParam("attendance", "online").queryParam("page", 100_001)
                .when().get("/api/v1/groups").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("page"));
    }

    @AfterEach
    void removeThem() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from hrw_group where slug like 'scan-%'")) {
            delete.executeUpdate();
        }
        directory.reload();
    }

    private void insertOnlineGroups() throws SQLException {
        String sql = """
                insert into hrw_group (slug, locality, format, focus, attendance, country, location_visibility,
                  online_url, online_visibility, recurrence, days, start_time, duration_minutes, time_zone,
                  offerings, languages, contact_method, private_email, status, example, last_verified,
                  created_at, updated_at, revision)
                values (?, ?, 'OPEN', ',', 'ONLINE', 'US', 'EXACT', 'https://meet.example.org/x', 'ON_REQUEST',
                  'WEEKLY', ?, ?, 60, 'America/Chicago', ',', ',en,', 'FORM', 'scan@example.org',
                  'ACTIVE', true, ?, ?, ?, 0)
                """;
        // They meet three days from now, so that no moment of a run falls between the old time and the earlier one
        // (with a fixed Monday, a run between 17:00 and 18:00 there on a Monday saw the moved meeting as past).
        DayOfWeek meetingDay = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(3).getDayOfWeek();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < GROUPS; i++) {
                // Slugs and localities sort the same way, and the ids run against that order.
                String number = String.format("%05d", GROUPS - i);
                insert.setString(1, "scan-" + number);
                insert.setString(2, "Scanville " + number);
                insert.setString(3, "," + meetingDay + ",");
                insert.setTime(4, java.sql.Time.valueOf("18:00:00"));
                insert.setDate(5, Date.valueOf(LocalDate.now()));
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        directory.reload();
    }
}
