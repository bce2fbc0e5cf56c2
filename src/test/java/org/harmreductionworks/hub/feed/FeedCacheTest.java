package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.ServiceUnavailable;
import org.harmreductionworks.hub.common.web.TaggedResponse.Tagged;
import org.harmreductionworks.hub.group.ListingChanged;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class FeedCacheTest {

    private static final FeedCache.Key MEETING_GUIDE = new FeedCache.Key("meeting-guide", "", "https://hub.example");
    private static final FeedCache.Key CALENDAR = new FeedCache.Key("calendar", "{}", "https://hub.example");

    private final AtomicInteger written = new AtomicInteger();

    private Supplier<String> writer(String text) {
        return () -> text + " #" + written.incrementAndGet();
    }

    private static FeedCache cache(int writtenAtOnce, Duration waitForTurn) {
        return new FeedCache(Duration.ofMinutes(5), 1_000_000, writtenAtOnce, waitForTurn, new SimpleMeterRegistry());
    }

    @Test
    void aWrittenFeedIsServedAgainUntilAListingChanges() {
        FeedCache cache = cache(2, Duration.ofSeconds(5));
        Tagged first = cache.get(MEETING_GUIDE, writer("feed"));
        assertSame(first, cache.get(MEETING_GUIDE, writer("feed")));
        assertEquals(1, written.get());

        cache.directoryChanged(new ListingChanged(7));

        assertEquals("feed #2", cache.get(MEETING_GUIDE, writer("feed")).body());
    }

    @Test
    void whoeverAsksWhileAFeedIsBeingWrittenGetsThatOneInsteadOfWritingItAgain() throws Exception {
        FeedCache cache = cache(2, Duration.ofSeconds(5));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Tagged> first = writingUntil(finish, cache, MEETING_GUIDE);
        CompletableFuture<Tagged> second = CompletableFuture.supplyAsync(() -> cache.get(MEETING_GUIDE, writer("x")));

        finish.countDown();

        assertSame(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
        assertEquals(1, written.get());
    }

    @Test
    void onlySoManyAreWrittenAtOnceAndOneThatWaitsTooLongIsToldToTryAgain() throws Exception {
        FeedCache cache = cache(1, Duration.ofMillis(100));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Tagged> busy = writingUntil(finish, cache, MEETING_GUIDE);

        assertThrows(ServiceUnavailable.class, () -> cache.get(CALENDAR, writer("calendar")));
        assertEquals(0, written.get(), "the calendar was not written");

        finish.countDown();
        busy.get(5, TimeUnit.SECONDS);
        assertEquals("calendar #2", cache.get(CALENDAR, writer("calendar")).body(), "a turn is free again");
    }

    @Test
    void aFeedThatCouldNotBeWrittenIsNotKept() {
        FeedCache cache = cache(2, Duration.ofSeconds(5));
        assertThrows(InvalidInput.class, () -> cache.get(CALENDAR, () -> {
            written.incrementAndGet();
            throw new InvalidInput("near", ProblemText.PLACE_UNKNOWN);
        }));

        assertEquals("calendar #2", cache.get(CALENDAR, writer("calendar")).body());
    }

    @Test
    void aRefusedRequestLeavesNoWarningInTheLog() {
        // Anyone can send a feed request the service refuses; each one must not write a stack trace to the log.
        java.util.logging.Logger caffeine = java.util.logging.Logger.getLogger(
                "com.github.benmanes.caffeine.cache.LocalAsyncCache");
        java.util.List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        caffeine.addHandler(handler);
        try {
            FeedCache cache = cache(2, Duration.ofSeconds(5));
            for (int i = 0; i < 3; i++) {
                assertThrows(InvalidInput.class, () -> cache.get(CALENDAR, () -> {
                    throw new InvalidInput("switcher", ProblemText.BMLT_SWITCHER_UNKNOWN);
                }));
            }
            assertEquals(java.util.List.of(), logged.stream().map(java.util.logging.LogRecord::getMessage).toList());
        } finally {
            caffeine.removeHandler(handler);
        }
    }

    /** A write of {@code key} that has started and goes on until {@code finish} counts down. */
    private CompletableFuture<Tagged> writingUntil(CountDownLatch finish, FeedCache cache, FeedCache.Key key)
            throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        CompletableFuture<Tagged> write = CompletableFuture.supplyAsync(() -> cache.get(key, () -> {
            writing.countDown();
            await(finish);
            return "feed #" + written.incrementAndGet();
        }));
        assertEquals(true, writing.await(5, TimeUnit.SECONDS));
        return write;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
