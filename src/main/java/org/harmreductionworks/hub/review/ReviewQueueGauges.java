package org.harmreductionworks.hub.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.config.HubConfig;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * How much waits in each stewards' queue, as gauges ({@code hrw_review_queue_items{queue="groups"}}, ...). The
 * sizes are counted in the database: once for all the queues, and again only after {@code hrw.metrics
 * .queue-sizes-max-age}, so a scrape costs one round of counts at most. When the database does not answer, the
 * sizes are unknown (NaN) until it does: the scrape itself still succeeds, with every other meter in it.
 */
@ApplicationScoped
public class ReviewQueueGauges {

    private static final Logger LOG = Logger.getLogger(ReviewQueueGauges.class);

    /** The queues, as the label says them, and where each count is in {@link ReviewCounts}. */
    enum Queue {
        GROUPS("groups", ReviewCounts::groups),
        EXERCISES("exercises", ReviewCounts::exercises),
        FLAGGED_LEARNINGS("flagged-learnings", ReviewCounts::flaggedLearnings),
        QUESTIONS("questions", ReviewCounts::questions),
        SCRIPT_DRAFTS("script-drafts", ReviewCounts::scriptDrafts);

        final String label;
        final ToLongFunction<ReviewCounts> size;

        Queue(String label, ToLongFunction<ReviewCounts> size) {
            this.label = label;
            this.size = size;
        }
    }

    private final List<Gauge> registered = new CopyOnWriteArrayList<>();
    private final Supplier<ReviewCounts> count;
    private final Clock clock;
    private final Duration maxAge;

    /** The last counts, or null when the last try failed; when they were asked for. */
    private ReviewCounts counted;
    private Instant countedAt;

    @Inject
    ReviewQueueGauges(ReviewService review, Clock clock, HubConfig config) {
        this(review::queueSizes, clock, config.metrics().queueSizesMaxAge());
    }

    ReviewQueueGauges(Supplier<ReviewCounts> count, Clock clock, Duration maxAge) {
        this.count = count;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    void register(@Observes StartupEvent started, MeterRegistry meters) {
        bindTo(meters);
    }

    /**
     * The gauges hold on to this object (strongly: by default a gauge's reference is weak, and one whose object has
     * been collected reports NaN for good), and a registry keeps the first gauge of a name: unless they are removed,
     * an app started again in the same JVM (the tests do, per profile) would report through the stopped one.
     */
    void unregister(@Observes ShutdownEvent stopping, MeterRegistry meters) {
        registered.forEach(meters::remove);
        registered.clear();
    }

    void bindTo(MeterRegistry meters) {
        for (Queue queue : Queue.values()) {
            registered.add(Gauge.builder("hrw.review.queue", this, gauges -> gauges.size(queue))
                    .baseUnit("items")
                    .description("Items waiting in a stewards' queue (GET /api/v1/review), counted at most once per "
                            + "hrw.metrics.queue-sizes-max-age; NaN while the database does not answer")
                    .tag("queue", queue.label)
                    .strongReference(true)
                    .register(meters));
        }
    }

    synchronized double size(Queue queue) {
        Instant now = clock.instant();
        if (countedAt == null || !now.isBefore(countedAt.plus(maxAge))) {
            countedAt = now;
            try {
                counted = count.get();
            } catch (RuntimeException e) {
                counted = null;
                LOG.warnf("The stewards' queues could not be counted for the metrics: %s", e.toString());
            }
        }
        return counted == null ? Double.NaN : queue.size.applyAsLong(counted);
    }
}
