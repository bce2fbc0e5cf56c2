package org.harmreductionworks.hub.common.web;

import java.lang.reflect.Field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;

/**
 * Keeps the web app's files served while a stopping replica drains. Vert.x serves them out of a cache folder that
 * its own JVM shutdown hook deletes the moment SIGTERM arrives, so during the shutdown delay, while the balancer
 * still sends people here, every page and script answered 500 ("cacheDir has been removed. FileResolver is
 * closing?"; an open Quarkus issue). This takes that hook back from the JVM and runs it when the app itself stops,
 * after the delay and the drain.
 */
@ApplicationScoped
class StaticFilesUntilStopped {

    private static final Logger LOG = Logger.getLogger(StaticFilesUntilStopped.class);

    private Thread deleteCache;

    void holdCache(@Observes StartupEvent started, Vertx vertx) {
        try {
            Object resolver = ((VertxInternal) vertx).fileResolver();
            Object cache = field(resolver, "cache");
            Thread hook = cache == null ? null : (Thread) field(cache, "shutdownHook");
            if (hook != null && Runtime.getRuntime().removeShutdownHook(hook)) {
                deleteCache = hook;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A Vert.x upgrade moved its internals: everything works as before, apart from the 500s while draining.
            LOG.warnf("Could not keep Vert.x's file cache until shutdown (%s): while a replica stops, its web "
                    + "app files may fail.", e);
        }
    }

    void releaseCache(@Observes ShutdownEvent stopping) {
        if (deleteCache != null) {
            deleteCache.run();
            deleteCache = null;
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
