package org.harmreductionworks.hub.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** A kept feed's text whole, for tests to compare; the app itself only ever streams it. */
final class FeedTexts {

    private FeedTexts() {
    }

    static String of(KeptFeed kept) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(kept.gzipped()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
