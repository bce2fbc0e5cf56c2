package org.harmreductionworks.hub.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/** A long answer never gets more than two windows ahead of what the connection has sent. */
class PacedOutputTest {

    /** The connection's side: each empty write the writer waits on, completed when the test says it has gone out. */
    private final BlockingQueue<Promise<Void>> sends = new LinkedBlockingQueue<>();
    private final HttpServerResponse response = (HttpServerResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServerResponse.class}, (proxy, method, args) -> {
                if (method.getName().equals("write") && args.length == 1 && args[0] instanceof Buffer b) {
                    assertEquals(0, b.length(), "only empty writes go past the server's stream");
                    Promise<Void> sent = Promise.promise();
                    sends.add(sent);
                    return sent.future();
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final ByteArrayOutputStream handedOver = new ByteArrayOutputStream();

    @Test
    void theWriterIsNeverMoreThanTwoWindowsAheadOfTheConnection() throws Exception {
        byte[] slice = new byte[KeptFeed.SLICE];
        int windows = 4;
        CompletableFuture<Void> writing = CompletableFuture
                .runAsync(() -> write(windows * PacedOutput.WINDOW / KeptFeed.SLICE, slice));

        Promise<Void> waitedOn = next();
        for (int window = 2; window <= windows; window++) {
            Promise<Void> latest = next();
            // Held here: the connection has the window before to send while the writer waits for it.
            Thread.sleep(50);
            assertEquals(window * PacedOutput.WINDOW, handedOver.size(), "handed over when waiting");
            waitedOn.complete();
            waitedOn = latest;
        }
        writing.get(30, TimeUnit.SECONDS);
        assertEquals(windows * PacedOutput.WINDOW, handedOver.size());
    }

    @Test
    void aConnectionThatFailsWhileSendingEndsTheWriting() throws Exception {
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(100, new byte[KeptFeed.SLICE]));

        Promise<Void> first = next();
        next();
        first.fail(new IOException("Connection reset by peer"));

        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> writing.get(30, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, failed.getCause().getCause());
        assertEquals(2 * PacedOutput.WINDOW, handedOver.size());
    }

    /** The next empty write the writer hands the connection. */
    private Promise<Void> next() throws InterruptedException {
        Promise<Void> send = sends.poll(30, TimeUnit.SECONDS);
        assertTrue(send != null, "the writer hands over an empty write after each window");
        return send;
    }

    private void write(int slices, byte[] slice) {
        try {
            PacedOutput.paced(out -> {
                for (int i = 0; i < slices; i++) {
                    out.write(slice, 0, slice.length);
                }
            }, response).write(handedOver);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
