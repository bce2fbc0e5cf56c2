package org.harmreductionworks.hub.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpServerResponse;

/** A reader that hangs up part-way through a long answer is not a failure of ours. */
class ReaderWentAwayTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger(ProblemMappers.class.getName());

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void aWriteThatFailsBecauseTheReaderHungUpIsOneQuietLine() {
        IOException hungUp = new IOException(new IOException("Failed to write"));

        new ProblemMappers().anythingElse(hungUp, uri("/api/v1/feeds/groups.ics"), null, response(true));

        assertEquals(1, logged.size(), "one line");
        LogRecord line = logged.get(0);
        assertEquals(Level.INFO.intValue(), line.getLevel().intValue());
        assertNull(line.getThrown(), "no stack trace");
        assertTrue(String.valueOf(line.getMessage()).contains("went away"), line.getMessage());
    }

    @Test
    void theSameFailureWithTheReaderStillThereIsAnUnexpectedFailure() {
        IOException failed = new IOException("disk full");

        var answer = new ProblemMappers().anythingElse(failed, uri("/api/v1/feeds/groups.ics"), null,
                response(false));

        assertEquals(500, answer.getStatus());
        assertTrue(logged.stream().anyMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue() && r.getThrown() == failed));
    }

    private static HttpServerResponse response(boolean closed) {
        return (HttpServerResponse) Proxy.newProxyInstance(ReaderWentAwayTest.class.getClassLoader(),
                new Class<?>[] { HttpServerResponse.class }, (proxy, method, args) -> {
                    if (method.getName().equals("closed")) {
                        return closed;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(ReaderWentAwayTest.class.getClassLoader(),
                new Class<?>[] { UriInfo.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUri")) {
                        return URI.create("http://127.0.0.1" + path);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
