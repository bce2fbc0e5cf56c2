package org.harmreductionworks.hub.common.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses trusted proxies that Quarkus would look up in DNS. Quarkus reads an entry that is not an IPv4 address
 * or a CIDR range (a host name, and also a bare IPv6 address such as {@code ::1}) as a host name, and resolves it
 * with its own DNS client on every request, uncached: each request then waits for the name server, up to its
 * 5-second time-out when the server is slow. That is how one request in fifty or so took exactly 5 s here.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}(:\\d{1,5})?");
    private static final Pattern CIDR = Pattern.compile("[0-9A-Fa-f:.]+/\\d{1,3}");

    void check(@Observes StartupEvent event) {
        ConfigProvider.getConfig().getOptionalValues("quarkus.http.proxy.trusted-proxies", String.class)
                .ifPresent(TrustedProxies::requireAddresses);
    }

    static void requireAddresses(List<String> entries) {
        for (String entry : entries) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty() || IPV4.matcher(trimmed).matches() || CIDR.matcher(trimmed).matches()) {
                continue;
            }
            String hint = trimmed.contains(":") && !trimmed.contains("/")
                    ? "write an IPv6 address as a range of one, e.g. " + trimmed + "/128"
                    : "write the proxy's address or CIDR range instead";
            throw new IllegalArgumentException("HRW_TRUSTED_PROXIES (quarkus.http.proxy.trusted-proxies): '" + trimmed
                    + "' would be looked up in DNS on every request; " + hint);
        }
    }
}
