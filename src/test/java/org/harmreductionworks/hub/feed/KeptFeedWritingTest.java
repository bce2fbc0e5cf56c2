package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.web.TaggedResponse;
import org.junit.jupiter.api.Test;

/** A feed is written on the caller's thread and compressed on another; what is kept must not show it. */
class KeptFeedWritingTest {

    @Test
    void keepsTheWholeTextCompressedAndTaggedByItsHashAcrossManyChunks() throws IOException {
        // Several megabytes, in writes of every size, with characters of two, three and four bytes falling across
        // the chunks the text is handed over in.
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 3_000_000; i++) {
            text.append("Reducción de daños 🌱 東京 ").append(i).append('\n');
        }
        String whole = text.toString();

        KeptFeed kept = KeptFeed.write(out -> {
            try {
                for (int from = 0, size = 1; from < whole.length(); from += size, size = size % 9_999 + 7) {
                    out.write(whole, from, Math.min(size, whole.length() - from));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

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
    void aFeedThatFailsWhileWrittenFailsTheRequestAndLeavesNoCompressorRunning() {
        IllegalStateException failure = new IllegalStateException("the directory went away");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> KeptFeed.write(out -> {
            try {
                out.write("x".repeat(5_000_000));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw failure;
        }));

        assertSame(failure, thrown);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("feed-compressor") && thread.isAlive()));
    }
}
