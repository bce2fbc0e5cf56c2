package org.harmreductionworks.hub.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.web.TaggedResponse;

import io.vertx.core.http.HttpServerResponse;

/**
 * A whole-directory feed as kept between requests: its text gzip-compressed, and the ETag of the text itself (the
 * same tag as {@link TaggedResponse} gives a text). At 100,000 groups the
 * texts are 40-60 MB each and compress about tenfold; the text is never held whole, not even while it is written.
 * A reader that accepts gzip gets the kept bytes as they are, so the feed is compressed once, not per request.
 */
public record KeptFeed(byte[] gzipped, EntityTag tag) {

    /** Fast compression: the feed is written within a request, and level 1 is within a few percent of 6 here. */
    private static final int LEVEL = Deflater.BEST_SPEED;
    /** How much text, as UTF-8, is handed to the compressing thread at a time. */
    private static final int CHUNK_BYTES = 1 << 18;
    /** Chunks written but not yet compressed, at most: about 2 MB. */
    private static final int CHUNKS_AHEAD = 8;
    private static final byte[] END = new byte[0];

    /** How much of a feed is handed to the connection at a time. */
    private static final int SLICE = 1 << 16;

    /**
     * Writes the feed's text through {@code write}, compressing and hashing it as it goes. The text is written on
     * this thread and hashed and compressed on another, a chunk at a time: at 100,000 groups hashing and compressing
     * the Meeting Guide feed's 93 MB took over half a second on one thread, time the second core now spends beside
     * the writing instead of after it.
     */
    public static KeptFeed write(Consumer<Writer> write) {
        Compressor compressor = new Compressor();
        Thread compressing = new Thread(compressor, "feed-compressor");
        compressing.setDaemon(true);
        compressing.start();
        ChunkedText chunks = new ChunkedText(compressor);
        try (Writer text = new OutputStreamWriter(chunks, StandardCharsets.UTF_8)) {
            write.accept(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // Also when the text failed: the compressor stops at the end, whatever came before it.
            chunks.end();
            uninterruptibly(compressing::join);
        }
        return compressor.kept();
    }

    private interface Blocking {
        void run() throws InterruptedException;
    }

    /** Waits through interruptions for a step that must happen, then leaves the thread interrupted if it was. */
    private static void uninterruptibly(Blocking step) {
        boolean interrupted = false;
        while (true) {
            try {
                step.run();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The text as UTF-8, cut into chunks for the {@link Compressor}. */
    private static final class ChunkedText extends OutputStream {
        private final Compressor compressor;
        private byte[] chunk = new byte[CHUNK_BYTES];
        private int length;
        private boolean ended;

        ChunkedText(Compressor compressor) {
            this.compressor = compressor;
        }

        @Override
        public void write(int b) throws IOException {
            if (length == chunk.length) {
                pass();
            }
            chunk[length++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws IOException {
            while (count > 0) {
                if (length == chunk.length) {
                    pass();
                }
                int copied = Math.min(count, chunk.length - length);
                System.arraycopy(bytes, offset, chunk, length, copied);
                length += copied;
                offset += copied;
                count -= copied;
            }
        }

        private void pass() throws IOException {
            try {
                compressor.chunks.put(length == chunk.length ? chunk : Arrays.copyOf(chunk, length));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing a feed");
            }
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
                if (length > 0) {
                    pass();
                }
            } catch (IOException e) {
                // Interrupted: the end below still reaches the compressor, which stops.
            } finally {
                uninterruptibly(() -> compressor.chunks.put(END));
            }
        }
    }

    /** Hashes and compresses the chunks in the order they come, until the end. */
    private static final class Compressor implements Runnable {
        final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        private final MessageDigest sha256 = Sha256.newDigest();
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream(1 << 16);
        private volatile Throwable failure;
        private volatile KeptFeed done;

        @Override
        public void run() {
            try (GZIPOutputStream gzip = new GZIPOutputStream(kept, 1 << 16) {
                {
                    def.setLevel(LEVEL);
                }
            }) {
                for (byte[] chunk = take(); chunk != END; chunk = take()) {
                    sha256.update(chunk);
                    gzip.write(chunk);
                }
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
                drain();
                return;
            }
            done = new KeptFeed(kept.toByteArray(),
                    TaggedResponse.tagFor(HexFormat.of().formatHex(sha256.digest())));
        }

        /** After a failure, takes what still comes, so the writing thread is never left waiting for room. */
        private void drain() {
            while (take() != END) {
                // discarded
            }
        }

        private byte[] take() {
            while (true) {
                try {
                    return chunks.take();
                } catch (InterruptedException e) {
                    // Only the writing thread ends this one, by its END.
                }
            }
        }

        KeptFeed kept() {
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new UncheckedIOException(new IOException("a feed could not be compressed", failure));
            }
            return done;
        }
    }

    /** The feed's text, for answers that wrap it (JSONP). */
    public String text() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feed, or 304 when the caller has it; compressed for callers that accept gzip, as text for the others. */
    public Response response(String mediaType, Request request, HttpHeaders headers, HttpServerResponse sent,
            int maxAgeSeconds) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response;
        if (notModified != null) {
            response = notModified;
        } else if (acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            // Set on the connection's own response: with compression on, every answer starts as "identity", which is
            // taken off at the end along with anything added beside it, and only a replaced value survives.
            sent.headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
            // In slices, so each waits for the connection to take the one before: handed over whole, the kept bytes
            // (about 9 MB at 100,000 groups) were copied into the server's own buffers for every reader at once.
            response = Response.ok(inSlices(gzipped), mediaType + ";charset=UTF-8")
                    .header(HttpHeaders.CONTENT_LENGTH, gzipped.length);
        } else {
            StreamingOutput text = out -> {
                // Closed at once rather than when collected: each open inflater holds memory outside the heap.
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), SLICE)) {
                    in.transferTo(out);
                }
            };
            response = Response.ok(text, mediaType + ";charset=UTF-8");
        }
        return response.tag(tag).header("Cache-Control", "public, max-age=" + maxAgeSeconds)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    static StreamingOutput inSlices(byte[] bytes) {
        return out -> {
            for (int from = 0; from < bytes.length; from += SLICE) {
                out.write(bytes, from, Math.min(SLICE, bytes.length - from));
            }
        };
    }

    /** Whether an Accept-Encoding header allows gzip (or anything), with a q-value above zero. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            return q > 0;
        }
        return false;
    }
}
