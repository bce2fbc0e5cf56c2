package org.harmreductionworks.hub.common.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How replicas hear of each other's changes, played against the real PostgreSQL: this test stands in for "another
 * replica" by sending notices on its own connection. Notices arrive in the order they were committed, so once a
 * later notice has been heard, an earlier one that was not heard never will be.
 *
 * <p>PostgreSQL only (the CI's second run): on H2 there is one replica and nothing to hear.
 */
@QuarkusTest
class ChangeNoticesTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @Inject
    HeardChanges heard;

    @Inject
    ChangeNotices notices;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void onPostgreSqlOnly() throws Exception {
        try (Connection look = dataSource.getConnection()) {
            Assumptions.assumeTrue(look.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "needs PostgreSQL");
        }
        awaitListening();
        heard.clear();
    }

    @Test
    void aChangeAnotherReplicaCommitsIsHeard() throws Exception {
        sendAsAnotherReplica(Topic.LISTINGS);
        awaitHeard(Topic.LISTINGS);
        assertEquals(List.of(Topic.LISTINGS), heard.topics());
    }

    @Test
    void thisReplicasOwnNoticesAndRolledBackChangesAreNotHeard() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> notices.announce(Topic.SCRIPT));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                notices.announce(Topic.SCRIPT);
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // Rolled back: its notice is never sent.
        }
        sendAsAnotherReplica(Topic.LISTINGS);
        awaitHeard(Topic.LISTINGS);
        assertEquals(List.of(Topic.LISTINGS), heard.topics(), "only the other replica's committed notice");
    }

    @Test
    void aReplicaThatLostItsListeningConnectionTreatsEverythingAsChangedOnceBack() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement kill = connection.prepareStatement("select pg_terminate_backend(pid) "
                        + "from pg_stat_activity where application_name = ?")) {
            kill.setString(1, ChangeNotices.APPLICATION_NAME);
            try (ResultSet killed = kill.executeQuery()) {
                assertTrue(killed.next(), "the listening connection was found");
            }
        }
        awaitHeard(Topic.LISTINGS);
        awaitHeard(Topic.SCRIPT);
        awaitListening();
    }

    private void sendAsAnotherReplica(Topic topic) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, ChangeNotices.CHANNEL);
            notify.setString(2, topic.name() + " another-replica");
            notify.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private void awaitHeard(Topic topic) throws InterruptedException {
        Instant deadline = Instant.now().plus(PROMPTLY);
        while (!heard.topics().contains(topic)) {
            assertTrue(Instant.now().isBefore(deadline), topic + " heard within " + PROMPTLY.toSeconds() + " s");
            Thread.sleep(50);
        }
    }

    /** Until the listener is connected and listening, a notice would be lost (it is sent to no one). */
    private void awaitListening() throws Exception {
        Instant deadline = Instant.now().plus(PROMPTLY);
        while (true) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where "
                            + "application_name = '" + ChangeNotices.APPLICATION_NAME + "' and query like 'LISTEN%'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            assertTrue(Instant.now().isBefore(deadline), "listening within " + PROMPTLY.toSeconds() + " s");
            Thread.sleep(50);
        }
    }
}
