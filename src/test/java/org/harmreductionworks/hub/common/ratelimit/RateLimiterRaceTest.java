package org.harmreductionworks.hub.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The race that once refused a request wrongly, played out step by step: a request finds no counter for the new
 * window, and while it counts the window's first hit, another request's first hit (not yet committed) holds the
 * same row. When that one commits, this one's insert fails; it must count against the row the other made, not be
 * refused with "try again tomorrow" at 1 of 10.
 *
 * <p>PostgreSQL only (the CI's second run): there the insert waits for the other transaction, which holds the race
 * open for as long as the test needs. H2 (local runs) refuses a duplicate of an uncommitted row at once instead.
 */
@QuarkusTest
class RateLimiterRaceTest {

    private static final RateLimiter.Limit LIMIT = new RateLimiter.Limit("test-race", 10, Duration.ofDays(1));

    @Inject
    RateLimiter limiter;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Test
    void aRequestWhoseFirstHitLosesTheRaceCountsAgainstTheWinnersRow() throws Exception {
        try (Connection look = dataSource.getConnection()) {
            Assumptions.assumeTrue(look.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "needs PostgreSQL");
        }
        String subject = "racer-" + UUID.randomUUID();
        OffsetDateTime window = windowStart();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("insert into rate_limit_counter "
                    + "(bucket, subject_key, window_start, hits) values (?, ?, ?, 1)")) {
                insert.setString(1, LIMIT.bucket());
                insert.setString(2, Sha256.hex(subject));
                insert.setObject(3, window);
                insert.executeUpdate();
            }
            CompletableFuture<Void> acquired = CompletableFuture.runAsync(
                    () -> limiter.acquire(LIMIT, subject, ProblemText.LEARNING_POST_LIMIT));
            waitUntilBlockedOnTheRow(acquired);
            other.commit();
            acquired.get(30, TimeUnit.SECONDS);
        }
        assertEquals(2, hits(subject, window), "both requests are counted, in one row");
    }

    private OffsetDateTime windowStart() {
        long millis = LIMIT.window().toMillis();
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(clock.millis() / millis * millis), ZoneOffset.UTC);
    }

    /** Until the request waits for the uncommitted row: a lock it has not been granted. */
    private void waitUntilBlockedOnTheRow(CompletableFuture<Void> acquired) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(giveUp)) {
            if (waitingLocks() > 0) {
                return;
            }
            if (acquired.isDone()) {
                acquired.get();
                throw new AssertionError("the racing request finished before the other committed");
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the racing request never reached the row");
    }

    private int waitingLocks() throws SQLException {
        try (Connection look = dataSource.getConnection(); Statement query = look.createStatement();
                ResultSet rows = query.executeQuery("select count(*) from pg_locks where not granted")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private int hits(String subject, OffsetDateTime window) throws SQLException {
        try (Connection look = dataSource.getConnection(); PreparedStatement query = look.prepareStatement(
                "select hits from rate_limit_counter where bucket = ? and subject_key = ? and window_start = ?")) {
            query.setString(1, LIMIT.bucket());
            query.setString(2, Sha256.hex(subject));
            query.setObject(3, window);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "the window has a counter");
                return rows.getInt(1);
            }
        }
    }
}
