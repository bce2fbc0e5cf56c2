package org.harmreductionworks.hub.group;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.config.HubConfig;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;

/**
 * Hands a mail to the mail server and waits for the server's answer, at most the relay's send time-out.
 * <p>
 * Every send starts on one event-loop context of the hub's own. Vert.x's mail client installs its reader on a new
 * connection only once the connection has been handed to the caller's context. Called from a request's worker
 * thread, that hand-over is a task queued for later, and a server that greets at once (the normal case) can have
 * its greeting read and dropped first: the client then waits for a greeting that has already come, until the server
 * gives up on it. Started on an event-loop context, the connection is handed over in the same task that connected
 * it, before anything is read.
 */
@ApplicationScoped
class RelayMailer {

    @Inject
    ReactiveMailer mailer;

    @Inject
    Vertx vertx;

    @Inject
    HubConfig config;

    private Context context;

    /** Returns once the mail server has accepted the mail; throws if it refused it or did not answer in time. */
    void send(Mail mail) throws MailNotSent {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        Cancellable[] sending = new Cancellable[1];
        context.runOnContext(v -> sending[0] = mailer.send(mail).subscribe()
                .with(done -> accepted.complete(null), accepted::completeExceptionally));
        long timeout = config.relay().sendTimeout().toMillis();
        try {
            accepted.get(timeout, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new MailNotSent(e.getCause());
        } catch (TimeoutException e) {
            context.runOnContext(v -> {
                if (sending[0] != null) {
                    sending[0].cancel();
                }
            });
            throw new MailNotSent(new TimeoutException("no answer from the mail server within " + timeout + " ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailNotSent(e);
        }
    }

    @PostConstruct
    void createContext() {
        // Vert.x has no public way to make an event-loop context from a worker thread, where getOrCreateContext()
        // returns the request's own.
        context = ((VertxInternal) vertx).createEventLoopContext();
    }

    /** The mail server refused the mail, could not be reached, or did not answer in time. */
    static class MailNotSent extends Exception {
        MailNotSent(Throwable cause) {
            super(cause);
        }
    }
}
