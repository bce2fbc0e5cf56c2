package org.harmreductionworks.hub.feed;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.change.ChangeHeard;
import org.harmreductionworks.hub.common.change.Topic;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.common.error.ProblemType;
import org.harmreductionworks.hub.common.error.ServiceUnavailable;
import org.harmreductionworks.hub.common.web.TaggedResponse.Tagged;
import org.harmreductionworks.hub.group.ListingChanged;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Feeds written from the whole directory are big: at 100,000 groups each is 40-60 MB of text and seconds of work,
 * and other tools poll them. Six requests at once ran a 1 GB service out of memory. So a written feed is kept, with
 * its ETag, until any listing changes or it reaches a set age; a request that comes while the same feed is being
 * written waits for that one instead of writing it again; and only a few are written at once. A change made through
 * another replica reaches here as a {@link ChangeHeard} notice.
 */
@ApplicationScoped
public class FeedCache {

    /** Which feed, with which filters, for which address the links in it start with. */
    public record Key(String feed, String variant, String origin) {
    }

    /**
     * A feed as written, or why it could not be: a refused request (an unknown place, a bad parameter) is an
     * answer, not a fault, and a future completed exceptionally would have the cache log it with a stack trace,
     * letting anyone fill the log.
     */
    private record Written(Tagged feed, RuntimeException refusal) {
    }

    private final AsyncCache<Key, Written> kept;
    private final Semaphore writers;
    private final Duration waitForTurn;
    private final MeterRegistry meters;

    @Inject
    FeedCache(HubConfig config, MeterRegistry meters) {
        this(config.feeds().keepFor(), config.feeds().keptCharacters(), config.feeds().writtenAtOnce(),
                config.feeds().waitForTurn(), meters);
    }

    FeedCache(Duration keepFor, long keptCharacters, int writtenAtOnce, Duration waitForTurn, MeterRegistry meters) {
        this.kept = Caffeine.newBuilder()
                .expireAfterWrite(keepFor)
                .maximumWeight(keptCharacters)
                .weigher((Key key, Written written) -> written.feed() == null ? 0 : written.feed().body().length())
                .buildAsync();
        this.writers = new Semaphore(writtenAtOnce, true);
        this.waitForTurn = waitForTurn;
        this.meters = meters;
    }

    /** The feed as kept, or written now by {@code write} (on this thread, within its request). */
    public Tagged get(Key key, Supplier<String> write) {
        CompletableFuture<Written> mine = new CompletableFuture<>();
        CompletableFuture<Written> found = kept.get(key, (k, executor) -> mine);
        if (found != mine) {
            count(key, "hit");
            return waitFor(found);
        }
        try {
            Tagged written = Tagged.of(inTurn(key, write));
            count(key, "written");
            mine.complete(new Written(written, null));
            return written;
        } catch (RuntimeException e) {
            // Not kept, so the next request tries again; those already waiting get the same answer.
            kept.asMap().remove(key, mine);
            mine.complete(new Written(null, e));
            throw e;
        } catch (Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    void directoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged change) {
        forgetAll();
    }

    void directoryChangedElsewhere(@Observes ChangeHeard heard) {
        if (heard.topic() == Topic.LISTINGS) {
            forgetAll();
        }
    }

    private void forgetAll() {
        kept.synchronous().invalidateAll();
    }

    private String inTurn(Key key, Supplier<String> write) {
        boolean admitted;
        try {
            admitted = writers.tryAcquire(waitForTurn.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            count(key, "busy");
            throw new ServiceUnavailable(ProblemType.BUSY, ProblemText.FEEDS_BUSY);
        }
        try {
            return write.get();
        } finally {
            writers.release();
        }
    }

    /**
     * Requests for a directory feed by what answered them: {@code hit}, a kept feed or one another request was
     * writing; {@code written}, written for this request; {@code busy}, refused with a 503 after waiting its turn.
     */
    private void count(Key key, String result) {
        Counter.builder("hrw.feed.requests").baseUnit("requests")
                .description("Requests for a whole-directory feed, by feed and by what answered them: hit (kept, or "
                        + "being written by another request), written, busy (no turn to write it: 503)")
                .tag("feed", key.feed()).tag("result", result)
                .register(meters).increment();
    }

    private static Tagged waitFor(CompletableFuture<Written> found) {
        try {
            Written written = found.join();
            if (written.refusal() != null) {
                throw written.refusal();
            }
            return written.feed();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
