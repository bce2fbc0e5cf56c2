package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.web.TaggedResponse;
import org.junit.jupiter.api.Test;

/**
 * A feed is written on one thread and compressed on another, and read while it is written: what is kept, and what a
 * reader gets, must not show it.
 */
class FeedWritingTest {

    @Test
    void keepsTheWholeTextCompressedAndTaggedByItsHashAcrossManyChunks() throws IOException {
        // Several megabytes, in writes of every size, with characters of two, three and four bytes falling across
        // the chunks the text is handed over in.
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 3_000_000; i++) {
            text.append("Reducción de daños 🌱 東京 ").append(i).append('\n');
        }
        String whole = text.toString();

        KeptFeed kept = started(out -> {
            try {
                for (int from = 0, size = 1; from < whole.length(); from += size, size = size % 9_999 + 7) {
                    out.write(whole, from, Math.min(size, whole.length() - from));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Duration.ZERO).whole();

        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(kept.gzipped()))) {
            assertEquals(whole, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(TaggedResponse.tagFor(Sha256.hex(whole)), kept.tag());
        // The same bytes as compressing it all on one thread, as feeds were before: clients that compare the
        // compressed bytes of two answers see no change.
        assertArrayEquals(gzippedOnOneThread(whole), kept.gzipped());
    }

    private static byte[] gzippedOnOneThread(String text) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(kept, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, StandardCharsets.UTF_8)) {
            out.write(text);
        }
        return kept.toByteArray();
    }

    @Test
    void aReaderGetsTheOpeningAtOnceAndTheRestAsItIsWritten() throws Exception {
        CountDownLatch collected = new CountDownLatch(1);
        AtomicBoolean restWritten = new AtomicBoolean();
        String rest = "Reducción de daños, one meeting after another. ".repeat(20_000);
        FeedWriting feed = started(out -> {
            try {
                out.write("[opening]");
                out.flush();
                // As a feed collecting its groups: nothing more is written until the test lets it.
                collected.await(60, TimeUnit.SECONDS);
                restWritten.set(true);
                out.write(rest);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, Duration.ZERO);

        assertNull(feed.awaitWholeOrBeginning(), "not whole, but begun: streamed");
        PipedInputStream received = new PipedInputStream(1 << 20);
        PipedOutputStream sent = new PipedOutputStream(received);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            try (sent) {
                feed.streamed(false).write(sent);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] opening = new byte["[opening]".length()];
        new DataInputStream(received).readFully(opening);
        assertEquals("[opening]", new String(opening, StandardCharsets.UTF_8));
        assertFalse(restWritten.get(), "the opening was sent before the rest was written");

        collected.countDown();
        assertEquals(rest, new String(received.readAllBytes(), StandardCharsets.UTF_8));
        sending.get(10, TimeUnit.SECONDS);
        KeptFeed kept = feed.whole();
        assertEquals("[opening]" + rest, FeedTexts.of(kept));
        assertEquals(TaggedResponse.tagFor(Sha256.hex("[opening]" + rest)), kept.tag());
    }

    @Test
    void aReaderThatAcceptsGzipGetsTheKeptBytesAsTheyAreWritten() throws Exception {
        String text = "Harm Reduction Works-HRW ".repeat(100_000);
        FeedWriting feed = started(out -> {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Duration.ZERO);

        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        feed.streamed(true).write(sent);

        assertArrayEquals(feed.whole().gzipped(), sent.toByteArray());
    }

    @Test
    void aFeedWrittenInTimeIsSentWholeWithItsTag() {
        FeedWriting feed = started(out -> {
            try {
                out.write("[]");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Duration.ofSeconds(30));

        KeptFeed whole = feed.awaitWholeOrBeginning();

        assertNotNull(whole);
        assertEquals("[]", FeedTexts.of(whole));
    }

    @Test
    void aRefusalBeforeTheFirstTextIsTheAnswerNotABrokenStream() {
        InvalidInput refusal = new InvalidInput("near", ProblemText.PLACE_UNKNOWN);
        FeedWriting feed = started(out -> {
            throw refusal;
        }, Duration.ZERO);

        assertSame(refusal, assertThrows(InvalidInput.class, feed::awaitWholeOrBeginning));
    }

    @Test
    void aFeedThatFailsWhileWrittenCutsItsReadersAndLeavesNoThreadRunning() throws Exception {
        IllegalStateException failure = new IllegalStateException("the directory went away");
        FeedWriting feed = started(out -> {
            try {
                out.write("x".repeat(5_000_000));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw failure;
        }, Duration.ZERO);

        assertThrows(IOException.class, () -> feed.streamed(false).write(OutputStream.nullOutputStream()));
        assertSame(failure, assertThrows(IllegalStateException.class, feed::whole));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (feedThreadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(feedThreadsAlive(), "the writing and compressing threads ended");
    }

    private static boolean feedThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.isAlive()
                && (thread.getName().equals("feed-compressor") || thread.getName().equals("feed-writer")));
    }

    /** A feed written now, with nothing to do when it ends. */
    private static FeedWriting started(Consumer<Writer> write, Duration sendWholeWithin) {
        FeedWriting feed = new FeedWriting(sendWholeWithin);
        feed.start(write, kept -> {
        });
        return feed;
    }
}
