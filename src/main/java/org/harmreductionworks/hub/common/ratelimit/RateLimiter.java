package org.harmreductionworks.hub.common.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.error.RateLimited;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Fixed-window rate limits kept in the database, so a limit holds however many replicas serve the requests. Each
 * step runs in its own short transaction: a refused request must not depend on, or roll back, the caller's work.
 */
@ApplicationScoped
public class RateLimiter {

    /** A kind of request and how many of them one account may make per window. */
    public record Limit(String bucket, int permits, Duration window) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    /** Counts one request against the limit, or refuses it with a 429 saying when to try again. */
    public void acquire(Limit limit, String subject, ProblemText refusal) {
        Instant now = clock.instant();
        long windowMillis = limit.window().toMillis();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        OffsetDateTime start = OffsetDateTime.ofInstant(windowStart, ZoneOffset.UTC);
        String key = Sha256.hex(subject);
        for (int attempt = 0; attempt < 5; attempt++) {
            if (increment(limit, key, start)) {
                return;
            }
            // The increment found no row with room. Either the window is full, or its row did not exist yet when
            // we looked, possibly inserted since by a request racing this one: then count against that row.
            Integer hits = hits(limit, key, start);
            if (hits != null && hits >= limit.permits()) {
                countRefusal(limit);
                throw new RateLimited(refusal.with(), Duration.between(now, windowStart.plus(limit.window())));
            }
            if (hits == null) {
                try {
                    insertFirstHit(limit, key, start);
                    return;
                } catch (PersistenceException e) {
                    // Another request counted the first hit of this window at the same moment; go round again.
                }
            }
        }
        // Only under extreme contention for one subject; a short wait is honest, a day's wait would not be.
        countRefusal(limit);
        throw new RateLimited(refusal.with(), Duration.ofSeconds(5));
    }

    /** Labelled by the limit alone: never by who or what was limited. */
    private void countRefusal(Limit limit) {
        Counter.builder("hrw.ratelimit.refused").baseUnit("requests")
                .description("Requests refused with a 429 because a rate limit was reached, by limit")
                .tag("limit", limit.bucket())
                .register(meters).increment();
    }

    private boolean increment(Limit limit, String key, OffsetDateTime start) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update rate_limit_counter set hits = hits + 1 where bucket = ?1 and subject_key = ?2 "
                        + "and window_start = ?3 and hits < ?4")
                .setParameter(1, limit.bucket()).setParameter(2, key).setParameter(3, start)
                .setParameter(4, limit.permits())
                .executeUpdate() == 1);
    }

    /** This window's count so far, or null when nobody has been counted in it yet. */
    private Integer hits(Limit limit, String key, OffsetDateTime start) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select hits from rate_limit_counter where bucket = ?1 and subject_key = ?2 and window_start = ?3")
                .setParameter(1, limit.bucket()).setParameter(2, key).setParameter(3, start)
                .getResultList());
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }

    private void insertFirstHit(Limit limit, String key, OffsetDateTime start) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into rate_limit_counter (bucket, subject_key, window_start, hits) values (?1, ?2, ?3, 1)")
                .setParameter(1, limit.bucket()).setParameter(2, key).setParameter(3, start)
                .executeUpdate());
    }

    @Scheduled(every = "1h", delayed = "5m")
    void forgetOldWindows() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(2);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from rate_limit_counter where window_start < ?1").setParameter(1, cutoff).executeUpdate());
    }
}
