package org.harmreductionworks.hub.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.harmreductionworks.hub.testing.Scrape;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;

class ReviewQueueGaugesTest {

    private static final String QUEUE = "hrw_review_queue_items";

    private final AtomicInteger counted = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T12:00:00Z"));
    private volatile boolean databaseDown;

    private ReviewQueueGauges gauges() {
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        return new ReviewQueueGauges(() -> {
            counted.incrementAndGet();
            if (databaseDown) {
                throw new IllegalStateException("Unable to acquire JDBC Connection");
            }
            return ReviewCounts.of(2, 1, 3, 0, 1);
        }, clock, Duration.ofSeconds(10));
    }

    @Test
    void aScrapeOfEveryQueueCountsInTheDatabaseOnceAndTheNextOneAfterTheMaxAge() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        gauges().bindTo(registry);

        Scrape first = new Scrape(registry.scrape());
        Scrape second = new Scrape(registry.scrape());

        assertEquals(1, counted.get(), "two scrapes within the max age, five gauges each: one count");
        assertEquals(2, first.sum(QUEUE, Map.of("queue", "groups")), first.text());
        assertEquals(3, first.sum(QUEUE, Map.of("queue", "flagged-learnings")));
        assertEquals(first.text(), second.text());

        now.set(now.get().plusSeconds(10));
        registry.scrape();
        assertEquals(2, counted.get());
    }

    @Test
    void theGaugesStillCountWhenNothingButTheRegistryHoldsThem() {
        // As the test above binds them: a collection before the scrape once left every gauge at NaN, uncounted.
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        gauges().bindTo(registry);

        collectGarbage();

        assertEquals(2, new Scrape(registry.scrape()).sum(QUEUE, Map.of("queue", "groups")));
        assertEquals(1, counted.get());
    }

    /** Until a full collection has cleared an object that only a weak reference reached. */
    private static void collectGarbage() {
        WeakReference<Object> unreachable = new WeakReference<>(new Object());
        for (int i = 0; i < 100 && unreachable.get() != null; i++) {
            System.gc();
        }
        assertTrue(unreachable.get() == null, "no collection happened");
    }

    @Test
    void whileTheDatabaseIsDownTheSizesAreUnknownAndTheScrapeStillSucceeds() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        gauges().bindTo(registry);
        databaseDown = true;

        Scrape scrape = new Scrape(registry.scrape());

        assertTrue(Double.isNaN(scrape.sum(QUEUE, Map.of("queue", "groups"))), scrape.text());
        assertEquals(1, counted.get(), "one failed try per scrape, not one per gauge");

        databaseDown = false;
        now.set(now.get().plusSeconds(10));
        assertEquals(2, new Scrape(registry.scrape()).sum(QUEUE, Map.of("queue", "groups")));
    }

    @Test
    void everyQueueTheStewardsSeeHasAGauge() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        gauges().bindTo(registry);
        assertEquals(ReviewQueueGauges.Queue.values().length, registry.find("hrw.review.queue").gauges().size());
        Gauge drafts = registry.find("hrw.review.queue").tag("queue", "script-drafts").gauge();
        assertEquals(1.0, drafts.value());
    }
}
