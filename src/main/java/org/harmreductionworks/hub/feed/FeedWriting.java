package org.harmreductionworks.hub.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.web.TaggedResponse;
import org.jboss.logging.Logger;

import io.vertx.core.http.HttpServerResponse;

/**
 * A whole-directory feed while it is written, shared by every request for it. The text is written on one thread and
 * hashed and gzip-compressed on another, and the compressed bytes are kept as they come. A request that finds the
 * feed finished sends the {@link KeptFeed}, tagged with the hash of its text; one that comes while it is still being
 * written sends what is there and then the rest as it comes, so nobody waits for the whole of a 93 MB text before
 * the first byte, and a slow reader never holds the writing back. Such an answer has no ETag: the tag is the hash of
 * a text not yet written. The next request gets the kept feed with its tag.
 */
final class FeedWriting {

    private static final Logger LOG = Logger.getLogger(FeedWriting.class);

    /** Fast compression: level 1 is within a few percent of 6 on these texts, and several times faster. */
    private static final int LEVEL = Deflater.BEST_SPEED;
    /** How much text, as UTF-8, is handed to the compressing thread at a time. */
    private static final int CHUNK_BYTES = 1 << 18;
    /** Chunks written but not yet compressed, at most: about 2 MB. */
    private static final int CHUNKS_AHEAD = 8;

    private final Duration sendWholeWithin;

    // The compressed bytes so far; guarded by this. Once the feed is kept, the kept array.
    private byte[] compressed = new byte[KeptFeed.SLICE];
    private int length;
    /** Whether the compressor has taken in text: before that, a failure is the writer's refusal to begin. */
    private boolean begun;
    private KeptFeed kept;
    private Throwable failure;
    /** Kept or failed: only the first of the two counts. */
    private boolean ended;
    private Consumer<Boolean> whenEnded;

    /** A feed not yet started; a request waits up to {@code sendWholeWithin} for the whole of it, then streams it. */
    FeedWriting(Duration sendWholeWithin) {
        this.sendWholeWithin = sendWholeWithin;
    }

    /**
     * Starts writing the feed's text through {@code write}, on a thread of its own. Whatever {@code write} throws
     * before it has written anything (a bad filter, an unknown place) is thrown to every request for this feed, as
     * their answer. {@code whenEnded} runs once, with whether the feed is kept (or else failed), before any
     * request waiting for it is told.
     */
    void start(Consumer<Writer> write, Consumer<Boolean> whenEnded) {
        this.whenEnded = whenEnded;
        Compressor compressor = new Compressor(this);
        Thread compressing = new Thread(compressor, "feed-compressor");
        compressing.setDaemon(true);
        Thread writing = new Thread(() -> {
            ChunkedText chunks = new ChunkedText(this, compressor.chunks);
            try (Writer text = new OutputStreamWriter(chunks, StandardCharsets.UTF_8)) {
                write.accept(text);
            } catch (IOException e) {
                fail(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                fail(e);
            } finally {
                // Also after a failure: the compressor stops at the end, whatever came before it.
                chunks.end();
            }
        }, "feed-writer");
        writing.setDaemon(true);
        compressing.start();
        writing.start();
    }

    /** The whole feed, once written; what stopped it, if it failed. */
    KeptFeed whole() {
        synchronized (this) {
            while (kept == null && failure == null) {
                await();
            }
            return keptOrThrow();
        }
    }

    /** How much compressed feed is kept, for the cache's weight: nothing until it is whole. */
    synchronized int keptBytes() {
        return kept == null ? 0 : kept.gzipped().length;
    }

    /** Whether it failed: the writer stops at its next chunk. */
    synchronized boolean failed() {
        return failure != null;
    }

    /**
     * The feed whole with its ETag (or 304) when it is written within {@link #sendWholeWithin}, or else streamed as it
     * is written, without one: compressed for readers that accept gzip, as text for the others.
     */
    Response response(String mediaType, Request request, HttpHeaders headers, HttpServerResponse sent,
            int maxAgeSeconds) {
        KeptFeed whole = awaitWholeOrBeginning();
        if (whole != null) {
            return whole.response(mediaType, request, headers, sent, maxAgeSeconds);
        }
        boolean gzip = KeptFeed.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        if (gzip) {
            // As KeptFeed: set on the connection's own response, or compression would take it off again.
            sent.headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return Response.ok(PacedOutput.paced(streamed(gzip), sent), mediaType + ";charset=UTF-8")
                .header("Cache-Control", "public, max-age=" + maxAgeSeconds)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    /** The feed as a script that calls {@code callback} with it (JSONP), kept or streamed as {@link #response}. */
    Response script(String callback, Request request, HttpServerResponse sent, int maxAgeSeconds) {
        KeptFeed whole = awaitWholeOrBeginning();
        if (whole != null) {
            return whole.script(callback, request, sent, maxAgeSeconds);
        }
        return Response.ok(PacedOutput.paced(KeptFeed.calling(callback, streamed(false)), sent),
                BmltResource.JAVASCRIPT + ";charset=UTF-8")
                .header("Cache-Control", "public, max-age=" + maxAgeSeconds).build();
    }

    /** The feed from its first byte as it is written: the kept bytes as they come, or their text. */
    StreamingOutput streamed(boolean gzip) {
        return out -> {
            try (InputStream in = gzip ? compressedBytes()
                    : new GZIPInputStream(compressedBytes(), KeptFeed.SLICE)) {
                byte[] slice = new byte[KeptFeed.SLICE];
                for (int read = in.read(slice); read >= 0; read = in.read(slice)) {
                    out.write(slice, 0, read);
                    // Sent as it comes: a reader gets each slice while the next is written.
                    out.flush();
                }
            }
        };
    }

    /**
     * Waits for the whole feed up to {@link #sendWholeWithin}, then, if it is not whole, until it has begun (null): a
     * refusal comes before the first text, and must be the answer, not a broken 200.
     */
    synchronized KeptFeed awaitWholeOrBeginning() {
        long deadline = System.nanoTime() + sendWholeWithin.toNanos();
        for (long left = sendWholeWithin.toNanos(); kept == null && failure == null && left > 0;
                left = deadline - System.nanoTime()) {
            await(left);
        }
        while (!begun && kept == null && failure == null) {
            await();
        }
        if (kept != null || failure != null) {
            return keptOrThrow();
        }
        return null;
    }

    private KeptFeed keptOrThrow() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return kept;
    }

    /** The compressed bytes from the first, as they come: the end of the stream is the end of the feed. */
    private InputStream compressedBytes() {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int count) throws IOException {
                if (count == 0) {
                    return 0;
                }
                synchronized (FeedWriting.this) {
                    while (position >= length && kept == null && failure == null) {
                        try {
                            FeedWriting.this.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new InterruptedIOException("interrupted while a feed was sent");
                        }
                    }
                    if (failure != null) {
                        throw new IOException("the feed could not be written to the end", failure);
                    }
                    if (position >= length) {
                        return -1;
                    }
                    int read = Math.min(count, length - position);
                    System.arraycopy(compressed, position, into, offset, read);
                    position += read;
                    return read;
                }
            }
        };
    }

    private synchronized void append(byte[] bytes, int offset, int count) {
        if (length + count > compressed.length) {
            compressed = Arrays.copyOf(compressed, Math.max(length + count, compressed.length * 2));
        }
        System.arraycopy(bytes, offset, compressed, length, count);
        length += count;
        notifyAll();
    }

    private synchronized void begin() {
        begun = true;
        notifyAll();
    }

    private void keep(String textHash) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            kept = new KeptFeed(Arrays.copyOf(compressed, length), TaggedResponse.tagFor(textHash));
            compressed = kept.gzipped();
        }
        // Before anyone is told: the cache weighs it now that it is whole.
        whenEnded.accept(true);
        synchronized (this) {
            notifyAll();
        }
    }

    private void fail(Throwable cause) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        // Before anyone is told: whoever gets this failure as an answer and asks again gets a new writing.
        whenEnded.accept(false);
        synchronized (this) {
            if (begun) {
                // Its readers' connections are cut; a failure before the first text is their answer instead.
                LOG.error("A directory feed failed while it was written", cause);
            }
            failure = cause;
            notifyAll();
        }
    }

    private void await() {
        await(0);
    }

    /** Waits on this feed for up to {@code nanos} (0: until woken). */
    private void await(long nanos) {
        try {
            if (nanos == 0) {
                wait();
            } else {
                wait(Math.max(1, nanos / 1_000_000), 0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a feed", e);
        }
    }

    /** A chunk of the text as UTF-8, and whether the compressor should send what it has once it is in. */
    private record Chunk(byte[] bytes, int length, boolean flush) {
        static final Chunk END = new Chunk(new byte[0], 0, false);
    }

    /** The text as UTF-8, cut into chunks for the {@link Compressor}. */
    private static final class ChunkedText extends OutputStream {
        private final FeedWriting feed;
        private final BlockingQueue<Chunk> chunks;
        private byte[] chunk = new byte[CHUNK_BYTES];
        private int length;
        private boolean passedAny;
        private boolean ended;

        ChunkedText(FeedWriting feed, BlockingQueue<Chunk> chunks) {
            this.feed = feed;
            this.chunks = chunks;
        }

        @Override
        public void write(int b) throws IOException {
            if (length == chunk.length) {
                pass(false);
            }
            chunk[length++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws IOException {
            while (count > 0) {
                if (length == chunk.length) {
                    pass(false);
                }
                int copied = Math.min(count, chunk.length - length);
                System.arraycopy(bytes, offset, chunk, length, copied);
                length += copied;
                offset += copied;
                count -= copied;
            }
        }

        /**
         * Before the first chunk, sends the text so far at once: a feed flushes its opening before it collects its
         * groups, so its readers have their first bytes within milliseconds. Later flushes (a JSON generator's as it
         * closes) are left to the chunks, so the compressed bytes depend on the text alone.
         */
        @Override
        public void flush() throws IOException {
            if (!passedAny && length > 0) {
                pass(true);
            }
        }

        private void pass(boolean flush) throws IOException {
            if (feed.failed()) {
                throw new IOException("the feed could not be compressed");
            }
            try {
                chunks.put(new Chunk(chunk, length, flush));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing a feed");
            }
            passedAny = true;
            chunk = new byte[CHUNK_BYTES];
            length = 0;
        }

        /** Passes on what is left, then the end; the compressor must always get the end, or it waits forever. */
        void end() {
            if (ended) {
                return;
            }
            ended = true;
            try {
                if (length > 0 && !feed.failed()) {
                    pass(false);
                }
            } catch (IOException e) {
                feed.fail(new UncheckedIOException(e));
            } finally {
                boolean interrupted = false;
                while (true) {
                    try {
                        chunks.put(Chunk.END);
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Hashes and compresses the chunks in the order they come, until the end, into the feed's kept bytes. */
    private static final class Compressor implements Runnable {
        final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        private final FeedWriting feed;
        private final MessageDigest sha256 = Sha256.newDigest();

        Compressor(FeedWriting feed) {
            this.feed = feed;
        }

        @Override
        public void run() {
            OutputStream kept = new OutputStream() {
                @Override
                public void write(int b) {
                    feed.append(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int count) {
                    feed.append(bytes, offset, count);
                }
            };
            // syncFlush: a flushed chunk (the feed's opening) leaves the compressor whole, for readers to send.
            try (GZIPOutputStream gzip = new GZIPOutputStream(kept, KeptFeed.SLICE, true) {
                {
                    def.setLevel(LEVEL);
                }
            }) {
                for (Chunk chunk = take(); chunk != Chunk.END; chunk = take()) {
                    sha256.update(chunk.bytes(), 0, chunk.length());
                    gzip.write(chunk.bytes(), 0, chunk.length());
                    if (chunk.flush()) {
                        gzip.flush();
                    }
                    feed.begin();
                }
                if (feed.failed()) {
                    return;
                }
            } catch (IOException | RuntimeException | Error e) {
                feed.fail(e instanceof IOException io ? new UncheckedIOException(io) : e);
                drain();
                return;
            }
            feed.keep(HexFormat.of().formatHex(sha256.digest()));
        }

        /** After a failure, takes what still comes, so the writing thread is never left waiting for room. */
        private void drain() {
            while (take() != Chunk.END) {
                // discarded
            }
        }

        private Chunk take() {
            while (true) {
                try {
                    return chunks.take();
                } catch (InterruptedException e) {
                    // Only the writing thread ends this one, by its END.
                }
            }
        }
    }
}
