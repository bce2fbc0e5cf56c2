package org.harmreductionworks.hub.common.web;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.harmreductionworks.hub.common.config.HubConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The scheme, host and port people reach the hub at, for absolute links and ids in feeds and calendars. The
 * configured public address (HRW_PUBLIC_URL) when there is one: then no request can choose the links a publicly
 * cached feed carries, Atom ids stay the same whatever address a reader used, and each feed is written once.
 * Without one (a local run), the address the request was sent to, after a trusted proxy's forwarded headers.
 */
@ApplicationScoped
public class PublicOrigin {

    private static final Logger LOG = Logger.getLogger(PublicOrigin.class);

    @Inject
    HubConfig config;

    private Optional<String> configured;

    @PostConstruct
    void read() {
        configured = config.publicUrl().map(PublicOrigin::originOf);
    }

    /** Reads the setting at start, so a wrong one stops the service there rather than on the first feed. */
    void check(@Observes StartupEvent event) {
        if (configured.isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("HRW_PUBLIC_URL is not set: links in feeds and calendars follow each request's address. "
                    + "Set it to the address people reach the hub at (see deploy/README.md).");
        }
    }

    public String of(UriInfo uri) {
        return configured.orElseGet(() -> uri.getBaseUri().resolve("/").toString().replaceAll("/$", ""));
    }

    /** Only scheme://host[:port]: a path in the setting would double up with the paths the links add. */
    static String originOf(URI url) {
        if (url.getScheme() == null || url.getHost() == null
                || !(url.getScheme().equals("https") || url.getScheme().equals("http"))) {
            throw new IllegalArgumentException("hrw.public-url (HRW_PUBLIC_URL) must be an http(s) address such as "
                    + "https://hrw.example.org, not " + url);
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }
}
