package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.ServiceUnavailable;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class FeedCacheTest {

    private static final FeedCache.Key MEETING_GUIDE = new FeedCache.Key("meeting-guide", "", "https://hub.example");
    private static final FeedCache.Key CALENDAR = new FeedCache.Key("calendar", "{}", "https://hub.example");

    private final AtomicInteger written = new AtomicInteger();
    /** The directory's version, as GroupDirectory counts its changes. */
    private final java.util.concurrent.atomic.AtomicLong directory = new java.util.concurrent.atomic.AtomicLong();

    private Consumer<Writer> writer(String text) {
        return out -> write(out, text + " #" + written.incrementAndGet());
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cache's clock, in nanoseconds. */
    private final AtomicLong clock = new AtomicLong();

    private FeedCache cache(int writtenAtOnce, Duration waitForTurn) {
        return new FeedCache(Duration.ofMinutes(5), 1_000_000, writtenAtOnce, waitForTurn, Duration.ZERO,
                new SimpleMeterRegistry(), directory::get, clock::get);
    }

    private void minutesPass(int minutes) {
        clock.addAndGet(Duration.ofMinutes(minutes).toNanos());
    }

    @Test
    void aWrittenFeedIsServedAgainUntilTheDirectoryChanges() {
        FeedCache cache = cache(2, Duration.ofSeconds(5));
        FeedWriting first = cache.get(MEETING_GUIDE, writer("feed"));
        first.whole();
        assertSame(first, cache.get(MEETING_GUIDE, writer("feed")));
        assertEquals(1, written.get());

        directory.incrementAndGet();

        assertEquals("feed #2", FeedTexts.of(cache.get(MEETING_GUIDE, writer("feed")).whole()));
    }

    @Test
    void aFeedWrittenWhileTheDirectoryChangedIsWrittenAgainForTheNextReader() {
        FeedCache cache = cache(2, Duration.ofSeconds(5));
        // The directory takes in a change while the feed is being written from it.
        FeedWriting during = cache.get(MEETING_GUIDE, out -> {
            writer("feed").accept(out);
            directory.incrementAndGet();
        });
        assertEquals("feed #1", FeedTexts.of(during.whole()));

        assertEquals("feed #2", FeedTexts.of(cache.get(MEETING_GUIDE, writer("feed")).whole()));
        assertEquals("feed #2", FeedTexts.of(cache.get(MEETING_GUIDE, writer("feed")).whole()));
    }

    @Test
    void whoeverAsksWhileAFeedIsBeingWrittenGetsThatOneInsteadOfWritingItAgain() throws Exception {
        FeedCache cache = cache(2, Duration.ofSeconds(5));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<FeedWriting> first = writingUntil(finish, cache, MEETING_GUIDE);
        CompletableFuture<FeedWriting> second =
                CompletableFuture.supplyAsync(() -> cache.get(MEETING_GUIDE, writer("x")));

        finish.countDown();

        assertSame(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
        first.get().whole();
        assertEquals(1, written.get());
    }

    @Test
    void onlySoManyAreWrittenAtOnceAndOneThatWaitsTooLongIsToldToTryAgain() throws Exception {
        FeedCache cache = cache(1, Duration.ofMillis(100));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<FeedWriting> busy = writingUntil(finish, cache, MEETING_GUIDE);

        assertThrows(ServiceUnavailable.class, () -> cache.get(CALENDAR, writer("calendar")));
        assertEquals(0, written.get(), "the calendar was not written");

        finish.countDown();
        busy.get(5, TimeUnit.SECONDS).whole();
        assertEquals("calendar #2", FeedTexts.of(cache.get(CALENDAR, writer("calendar")).whole()), "a turn is free again");
    }

    @Test
    void aFeedPastItsAgeIsServedAsItWasWhileOneRequestWritesItAgain() throws Exception {
        FeedCache cache = cache(2, Duration.ofSeconds(5));
        cache.get(MEETING_GUIDE, writer("feed")).whole();
        minutesPass(4);
        assertEquals("feed #1", FeedTexts.of(cache.get(MEETING_GUIDE, writer("feed")).whole()), "not yet old");
        minutesPass(2);
        CountDownLatch finish = new CountDownLatch(1);
        Consumer<Writer> slowly = out -> {
            await(finish);
            writer("feed").accept(out);
        };

        assertEquals("feed #1", FeedTexts.of(cache.get(MEETING_GUIDE, slowly).whole()));
        assertEquals("feed #1", FeedTexts.of(cache.get(MEETING_GUIDE, slowly).whole()), "while it is written again");

        finish.countDown();
        assertEquals("feed #2", eventually(() -> FeedTexts.of(cache.get(MEETING_GUIDE, writer("x")).whole()), "feed #2"));
        assertEquals(2, written.get(), "written again once");
    }

    @Test
    void aFeedPastItsAgeIsServedAsItWasWhenNoTurnIsFreeToWriteItAgain() throws Exception {
        FeedCache cache = withTheOnlyTurnTaken(() -> minutesPass(6));

        assertEquals("feed #1", FeedTexts.of(cache.get(MEETING_GUIDE, writer("feed")).whole()));

        calendarEnds();
        assertEquals(2, written.get(), "only the calendar was written");
        cache.get(MEETING_GUIDE, writer("feed"));
        assertEquals("feed #3", eventually(() -> FeedTexts.of(cache.get(MEETING_GUIDE, writer("x")).whole()), "feed #3"),
                "written again once a turn is free");
    }

    @Test
    void aFeedWrittenBeforeTheDirectoryChangedIsNeverServedAgain() throws Exception {
        // The change may be a group taking its exact address off the map: better a wait, or a 503, than the old one.
        FeedCache cache = withTheOnlyTurnTaken(directory::incrementAndGet);

        assertThrows(ServiceUnavailable.class, () -> cache.get(MEETING_GUIDE, writer("feed")));

        calendarEnds();
        assertEquals("feed #3", FeedTexts.of(cache.get(MEETING_GUIDE, writer("feed")).whole()));
    }

    @Test
    void underLoadThatLeavesNoTurnAFeedIsServedOldOnlyUntilTwiceItsAge() throws Exception {
        FeedCache cache = withTheOnlyTurnTaken(() -> minutesPass(6));
        assertEquals("feed #1", FeedTexts.of(cache.get(MEETING_GUIDE, writer("feed")).whole()));

        minutesPass(5);

        assertThrows(ServiceUnavailable.class, () -> cache.get(MEETING_GUIDE, writer("feed")));
        calendarEnds();
    }

    private final CountDownLatch calendarDone = new CountDownLatch(1);
    private CompletableFuture<FeedWriting> calendar;

    /**
     * A cache with one turn to write: the Meeting Guide feed is written ("feed #1"), then {@code meanwhile} happens,
     * then the calendar takes the turn until {@link #calendarEnds}, which writes it ("feed #2").
     */
    private FeedCache withTheOnlyTurnTaken(Runnable meanwhile) throws InterruptedException {
        FeedCache cache = cache(1, Duration.ofMillis(100));
        cache.get(MEETING_GUIDE, writer("feed")).whole();
        meanwhile.run();
        calendar = writingUntil(calendarDone, cache, CALENDAR);
        return cache;
    }

    private void calendarEnds() throws Exception {
        calendarDone.countDown();
        calendar.get(5, TimeUnit.SECONDS).whole();
    }

    /** What {@code read} gives once it gives {@code expected}, or what it last gave after five seconds. */
    private static String eventually(Supplier<String> read, String expected)
            throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String last = read.get();
        while (!last.equals(expected) && System.nanoTime() < giveUp) {
            Thread.sleep(10);
            last = read.get();
        }
        return last;
    }

    @Test
    void aFeedThatCouldNotBeWrittenIsNotKept() {
        FeedCache cache = cache(2, Duration.ofSeconds(5));
        assertThrows(InvalidInput.class, () -> cache.get(CALENDAR, out -> {
            written.incrementAndGet();
            throw new InvalidInput("near", ProblemText.PLACE_UNKNOWN);
        }).whole());

        assertEquals("calendar #2", FeedTexts.of(cache.get(CALENDAR, writer("calendar")).whole()));
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
                assertThrows(InvalidInput.class, () -> cache.get(CALENDAR, out -> {
                    throw new InvalidInput("switcher", ProblemText.BMLT_SWITCHER_UNKNOWN);
                }).whole());
            }
            assertEquals(java.util.List.of(), logged.stream().map(java.util.logging.LogRecord::getMessage).toList());
        } finally {
            caffeine.removeHandler(handler);
        }
    }

    /** A write of {@code key} that has started and goes on until {@code finish} counts down. */
    private CompletableFuture<FeedWriting> writingUntil(CountDownLatch finish, FeedCache cache, FeedCache.Key key)
            throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        CompletableFuture<FeedWriting> write = CompletableFuture.supplyAsync(() -> cache.get(key, out -> {
            writing.countDown();
            await(finish);
            write(out, "feed #" + written.incrementAndGet());
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
