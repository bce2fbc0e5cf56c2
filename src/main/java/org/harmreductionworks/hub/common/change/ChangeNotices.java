package org.harmreductionworks.hub.common.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Tells the other replicas that something they keep in memory changed, through PostgreSQL's LISTEN/NOTIFY: a
 * notice sent within the writing transaction is delivered when, and only if, it commits, so no replica hears of a
 * change it cannot yet read. Each replica listens on one connection of its own, outside the pool, and hears the
 * other replicas' notices as {@link ChangeHeard} events. A replica that loses that connection treats everything as
 * changed once it is back, since it may have missed notices meanwhile; what it keeps still expires on its own, so
 * a lost notice costs staleness for a while, never wrong data for ever.
 *
 * <p>On H2 (demos, tests) there is only ever one replica, and nothing is sent.
 */
@ApplicationScoped
public class ChangeNotices {

    static final String CHANNEL = "hrw_changes";
    static final String APPLICATION_NAME = "hrw-change-notices";
    private static final Logger LOG = Logger.getLogger(ChangeNotices.class);
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    /** Tells this replica's own notices from the others'. */
    private final String replica = UUID.randomUUID().toString();

    @Inject
    EntityManager entityManager;

    @Inject
    Event<ChangeHeard> heard;

    @Inject
    Event<Changed> changedHere;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    boolean enabled() {
        return "postgresql".equals(dbKind);
    }

    /**
     * Tells the other replicas, once the current transaction commits, that {@code topic} changed. Call it within
     * the transaction that makes the change.
     */
    public void announce(Topic topic) {
        send(topic.name() + " " + replica);
    }

    /**
     * As {@link #announce(Topic)}, naming what changed within the topic, so that the others read only that again.
     * The payload is "TOPIC REPLICA KEY": a replica from before keys reads it as a change to the whole topic.
     */
    public void announce(Topic topic, Object key) {
        send(topic.name() + " " + replica + " " + key);
    }

    private void send(String payload) {
        if (enabled()) {
            // PostgreSQL sends the same notice once per transaction, however often it is asked to.
            entityManager.createNativeQuery("select pg_notify(:channel, :payload)")
                    .setParameter("channel", CHANNEL)
                    .setParameter("payload", payload)
                    .getSingleResult();
        }
    }

    /**
     * {@code topic} changed in the current transaction: once it commits, this replica drops what it keeps of the
     * topic and the other replicas hear of it. Call it within the transaction that makes the change.
     */
    public void changed(Topic topic) {
        changedHere.fire(new Changed(topic));
        announce(topic);
    }

    /** As {@link #changed(Topic)}, naming what changed within the topic for the other replicas. */
    public void changed(Topic topic, Object key) {
        changedHere.fire(new Changed(topic));
        announce(topic, key);
    }

    void start(@Observes StartupEvent event) {
        if (!enabled()) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "hrw-change-notices");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        closeQuietly(listening);
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean missedSome = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, connectionProperties())) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (missedSome) {
                    LOG.info("Listening for other replicas' changes again; treating everything as changed.");
                    EnumSet.allOf(Topic.class).forEach(topic -> deliver(ChangeHeard.everything(topic)));
                }
                retry = FIRST_RETRY;
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notices.getNotifications((int) POLL.toMillis());
                    if (received != null && received.length > 0) {
                        changesFromOthers(received).forEach(this::deliver);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!missedSome) {
                    LOG.warnf("Lost the connection that hears other replicas' changes (%s); retrying. Until it is "
                            + "back, kept feeds here may lag changes made elsewhere by up to their expiry.",
                            e.getMessage());
                }
                missedSome = true;
                if (!sleep(retry)) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            } finally {
                listening = null;
            }
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        // So an operator looking at pg_stat_activity knows what the one long-lived idle connection is.
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        return properties;
    }

    /**
     * The other replicas' changes, each once. A notice from outside the app ("TOPIC" alone, or with a name that is no
     * replica's, e.g. sent by hand with psql after editing rows directly) counts as a change to the whole topic.
     */
    private Set<ChangeHeard> changesFromOthers(PGNotification[] received) {
        Set<ChangeHeard> changes = new LinkedHashSet<>();
        for (PGNotification notice : received) {
            String[] parts = notice.getParameter().strip().split(" ", 3);
            if (parts.length >= 2 && parts[1].equals(replica)) {
                continue;
            }
            try {
                Topic topic = Topic.valueOf(parts[0]);
                changes.add(new ChangeHeard(topic, parts.length == 3 ? parts[2] : null));
            } catch (IllegalArgumentException unknown) {
                // From a newer replica during a rolling update: it knows a topic this one keeps nothing of.
            }
        }
        return changes;
    }

    private void deliver(ChangeHeard change) {
        try {
            heard.fire(change);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not act on another replica's change to %s", change.topic());
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is all that is wanted; the listening thread notices and stops.
            }
        }
    }
}
