package org.harmreductionworks.hub.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.harmreductionworks.hub.common.config.HubConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

class RelayMailerTest {

    private Vertx vertx;
    private RelayMailer relayMailer;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final AtomicReference<Context> sentOn = new AtomicReference<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        relayMailer = new RelayMailer();
        relayMailer.vertx = vertx;
        relayMailer.config = config(Duration.ofMillis(300));
        relayMailer.createContext();
    }

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aMailServerThatNeverAnswersIsGivenUpAfterTheSendTimeoutAndTheSendIsCancelled() throws Exception {
        relayMailer.mailer = mailer(Uni.createFrom().<Void> nothing().onCancellation().invoke(cancelled::countDown));
        RelayMailer.MailNotSent notSent = assertThrows(RelayMailer.MailNotSent.class, () -> relayMailer.send(mail()));
        assertInstanceOf(TimeoutException.class, notSent.getCause());
        assertTrue(cancelled.await(5, TimeUnit.SECONDS), "the abandoned send was cancelled");
    }

    @Test
    void aRefusedMailIsReportedWithTheServersReason() {
        relayMailer.mailer = mailer(Uni.createFrom().failure(new IllegalStateException("550 no such mailbox")));
        RelayMailer.MailNotSent notSent = assertThrows(RelayMailer.MailNotSent.class, () -> relayMailer.send(mail()));
        assertEquals("550 no such mailbox", notSent.getCause().getMessage());
    }

    @Test
    void everySendStartsOnOneEventLoopContextWhateverThreadAsks() throws Exception {
        relayMailer.mailer = mailer(Uni.createFrom().<Void> item(() -> {
            sentOn.set(Vertx.currentContext());
            return null;
        }));
        relayMailer.send(mail());
        Context first = sentOn.get();
        Thread other = new Thread(() -> {
            try {
                relayMailer.send(mail());
            } catch (RelayMailer.MailNotSent e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        other.join();
        assertTrue(first != null && first.isEventLoopContext(), "sent from an event-loop context");
        assertTrue(first == sentOn.get(), "both sends started on the same context");
    }

    private static Mail mail() {
        return Mail.withText("hosts@example.org", "A message", "Hello");
    }

    private static ReactiveMailer mailer(Uni<Void> result) {
        return (ReactiveMailer) Proxy.newProxyInstance(RelayMailerTest.class.getClassLoader(),
                new Class<?>[] { ReactiveMailer.class }, (proxy, method, args) -> {
                    if (method.getName().equals("send")) {
                        return result;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HubConfig config(Duration sendTimeout) {
        HubConfig.Relay relay = () -> sendTimeout;
        return (HubConfig) Proxy.newProxyInstance(RelayMailerTest.class.getClassLoader(),
                new Class<?>[] { HubConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("relay")) {
                        return relay;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
