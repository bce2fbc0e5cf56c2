package org.harmreductionworks.hub.feed;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.common.error.ProblemType;
import org.harmreductionworks.hub.common.error.ServiceUnavailable;
import org.harmreductionworks.hub.group.GroupDirectory;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Feeds written from the whole directory are big: at 100,000 groups each is 40-90 MB of text, and other tools poll
 * them. Six requests at once ran a 1 GB service out of memory. So a written feed is kept, compressed, with its ETag
 * (see {@link KeptFeed}), until the directory it was written from changes (here, or through another replica's
 * notice) or it reaches a set age; a request that comes while the same feed is being written reads that one as it is
 * written (see {@link FeedWriting}) instead of writing it again; and only a few are written at once.
 * <p>
 * A feed that is only old (the directory has not changed since it was written, and it is less than twice the age it is
 * kept for) is still served as it is while one request writes it again beside: its time-bound parts are a few
 * minutes behind, and readers do not wait for a whole feed written under load. One written before a change never is:
 * the change may be a group taking its address off the map.
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
    private record Written(FeedWriting feed, RuntimeException refusal, long directoryVersion, long writtenAt) {
    }

    private final AsyncCache<Key, Written> kept;
    private final Semaphore writers;
    private final Duration waitForTurn;
    private final Duration sendWholeWithin;
    private final MeterRegistry meters;
    private final LongSupplier directoryVersion;
    private final long keepForNanos;
    private final long servedOldWithinNanos;
    /** The feeds being written again while their old copies are served. */
    private final Set<Key> writingAgain = ConcurrentHashMap.newKeySet();
    private final Ticker ticker;

    @Inject
    FeedCache(HubConfig config, MeterRegistry meters, GroupDirectory directory) {
        this(config.feeds().keepFor(), config.feeds().keptBytes(), config.feeds().writtenAtOnce(),
                config.feeds().waitForTurn(), config.feeds().sentWholeWithin(), meters, directory::version,
                Ticker.systemTicker());
    }

    FeedCache(Duration keepFor, long keptBytes, int writtenAtOnce, Duration waitForTurn, Duration sendWholeWithin,
            MeterRegistry meters, LongSupplier directoryVersion, Ticker ticker) {
        this.keepForNanos = keepFor.toNanos();
        // Kept past its age, as long again, to be served while it is written again; after that, a request waits for
        // the new one, so that under load that leaves no turn to write it again, it is not served however old.
        this.servedOldWithinNanos = keepFor.multipliedBy(2).toNanos();
        this.ticker = ticker;
        this.kept = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(keepFor.multipliedBy(2))
                .maximumWeight(keptBytes)
                .weigher((Key key, Written written) -> written.feed() == null ? 0 : written.feed().keptBytes())
                .buildAsync();
        this.writers = new Semaphore(writtenAtOnce, true);
        this.waitForTurn = waitForTurn;
        this.sendWholeWithin = sendWholeWithin;
        this.meters = meters;
        this.directoryVersion = directoryVersion;
    }

    /**
     * The feed as kept, or as another request is writing it, or else written now by {@code write}, on a thread of its
     * own: the answer sends it whole when it is written in time, and streams it as it is written otherwise.
     */
    public FeedWriting get(Key key, Consumer<Writer> write) {
        CompletableFuture<Written> mine = new CompletableFuture<>();
        long version = directoryVersion.getAsLong();
        long now = ticker.read();
        CompletableFuture<Written> found = kept.get(key, (k, executor) -> mine);
        while (found != mine) {
            Written written = waitFor(found);
            // Written from the directory as it was before its last change: it is written again from what it is now.
            if (written.directoryVersion() == version) {
                long age = now - written.writtenAt();
                if (age < keepForNanos) {
                    count(key, "hit");
                    return written.feed();
                }
                if (age < servedOldWithinNanos && written.feed().keptBytes() > 0) {
                    count(key, "old");
                    writeAgainBeside(key, found, write, version);
                    return written.feed();
                }
            }
            kept.asMap().remove(key, found);
            found = kept.get(key, (k, executor) -> mine);
        }
        try {
            awaitTurn(key);
        } catch (RuntimeException e) {
            // Not kept, so the next request tries again; those already waiting get the same answer.
            kept.asMap().remove(key, mine);
            mine.complete(new Written(null, e, version, now));
            throw e;
        }
        FeedWriting writing = new FeedWriting(sendWholeWithin);
        Written written = new Written(writing, null, version, now);
        try {
            writing.start(write, whole -> {
                writers.release();
                if (whole) {
                    // Put again, so that the cache weighs it now that it is whole.
                    kept.asMap().replace(key, mine, CompletableFuture.completedFuture(written));
                } else {
                    // Requests that already have it get its failure; the next one writes it again.
                    kept.asMap().remove(key, mine);
                }
            });
        } catch (RuntimeException | Error e) {
            writers.release();
            kept.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        count(key, "written");
        mine.complete(written);
        return writing;
    }

    /**
     * Writes a feed past its age again while the old one is still served, unless another request is already doing so
     * or no turn is free at once (then the next request tries). The new one takes the old one's place once whole,
     * unless a change to the directory has meanwhile put a newer one there.
     */
    private void writeAgainBeside(Key key, CompletableFuture<Written> old, Consumer<Writer> write, long version) {
        if (!writingAgain.add(key)) {
            return;
        }
        if (!turn(Duration.ZERO)) {
            writingAgain.remove(key);
            return;
        }
        Written fresh = new Written(new FeedWriting(sendWholeWithin), null, version, ticker.read());
        try {
            fresh.feed().start(write, whole -> {
                writers.release();
                if (whole) {
                    kept.asMap().compute(key, (k, there) -> there == null || there == old
                            ? CompletableFuture.completedFuture(fresh) : there);
                }
                writingAgain.remove(key);
            });
        } catch (RuntimeException | Error e) {
            writers.release();
            writingAgain.remove(key);
            throw e;
        }
    }

    private void awaitTurn(Key key) {
        if (!turn(waitForTurn)) {
            count(key, "busy");
            throw new ServiceUnavailable(ProblemType.BUSY, ProblemText.FEEDS_BUSY);
        }
    }

    /**
     * Takes a turn to write, waiting at most {@code wait}. With a timeout, even of zero, the fair semaphore lets
     * requests already waiting for a turn go first.
     */
    private boolean turn(Duration wait) {
        try {
            return writers.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Requests for a directory feed by what answered them: {@code hit}, a kept feed or one another request was
     * writing; {@code written}, written for this request; {@code old}, kept past its age and served while it is written
     * again; {@code busy}, refused with a 503 after waiting its turn.
     */
    private void count(Key key, String result) {
        Counter.builder("hrw.feed.requests").baseUnit("requests")
                .description("Requests for a whole-directory feed, by feed and by what answered them: hit (kept, or "
                        + "being written by another request), written, old (past its age, served while it is written "
                        + "again), busy (no turn to write it: 503)")
                .tag("feed", key.feed()).tag("result", result)
                .register(meters).increment();
    }

    private static Written waitFor(CompletableFuture<Written> found) {
        try {
            Written written = found.join();
            if (written.refusal() != null) {
                throw written.refusal();
            }
            return written;
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
