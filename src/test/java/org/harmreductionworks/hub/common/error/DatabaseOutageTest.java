package org.harmreductionworks.hub.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What a query in flight meets when PostgreSQL stops or an operator ends its session: SQLSTATE 57P01. It must be
 * the same 503 with Retry-After as any other database outage, and the service must recover by itself once the
 * database answers again. Runs against PostgreSQL only (the CI's second run); H2 has no such thing.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void aQueryCutOffByTheDatabaseIsA503AndTheServiceRecoversWithoutARestart() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "needs PostgreSQL");
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class)
                .orElse("");

        CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(
                () -> given().when().get("/api/v1/test-probe/slow-query"));
        try (Connection operator = DriverManager.getConnection(url, user, password)) {
            int pid = waitForBackendRunning(operator, "pg_sleep(20)");
            try (Statement terminate = operator.createStatement()) {
                // What "pg_ctl stop -m fast" does to every session, done to this one: it ends with 57P01.
                terminate.execute("select pg_terminate_backend(" + pid + ")");
            }
        }

        Response cutOff = inFlight.get(30, TimeUnit.SECONDS);
        cutOff.then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:hrw:problem:database-unavailable"));
        // The broken connection is not handed out again: the next requests are served as usual.
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/groups").then().statusCode(200);
        }
    }

    private static int waitForBackendRunning(Connection operator, String query)
            throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(giveUp)) {
            try (Statement find = operator.createStatement();
                    ResultSet row = find.executeQuery("select pid from pg_stat_activity where state = 'active' "
                            + "and query like '%" + query + "%' and pid <> pg_backend_pid()")) {
                if (row.next()) {
                    return row.getInt(1);
                }
            }
            Thread.sleep(50);
        }
        assertTrue(false, "the slow query never started");
        return -1;
    }
}
