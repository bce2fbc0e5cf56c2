package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KeptFeedTest {

    @Test
    void aKeptFeedIsHandedToTheConnectionASliceAtATime() throws IOException {
        byte[] kept = new byte[(1 << 16) * 3 + 123];
        new Random(7).nextBytes(kept);
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream sent = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                writes.add(len);
                super.write(b, off, len);
            }
        };

        KeptFeed.inSlices(kept).write(sent);

        assertArrayEquals(kept, sent.toByteArray());
        assertEquals(List.of(1 << 16, 1 << 16, 1 << 16, 123), writes);
    }

    @Test
    void gzipIsAcceptedUnlessRefusedWithAZeroQuality() {
        assertTrue(KeptFeed.acceptsGzip("gzip, deflate, br"));
        assertTrue(KeptFeed.acceptsGzip("br;q=1, gzip;q=0.5"));
        assertTrue(KeptFeed.acceptsGzip("*"));
        assertFalse(KeptFeed.acceptsGzip("gzip;q=0"));
        assertFalse(KeptFeed.acceptsGzip("identity"));
        assertFalse(KeptFeed.acceptsGzip(null));
    }
}
