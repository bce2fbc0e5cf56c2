package org.harmreductionworks.hub.common.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Trusted proxies are addresses and ranges, never names: Quarkus resolves a name (and a bare IPv6 address, which
 * it reads as one) in DNS on every request, and a slow name server then holds each request for up to 5 s.
 */
@QuarkusTest
class TrustedProxiesTest {

    @Test
    void theDefaultTrustedProxiesAreAddressesQuarkusNeverLooksUp() {
        List<String> defaults = ConfigProvider.getConfig()
                .getValues("quarkus.http.proxy.trusted-proxies", String.class);
        assertTrue(defaults.contains("::1/128"), "loopback over IPv6 is trusted: " + defaults);
        assertDoesNotThrow(() -> TrustedProxies.requireAddresses(defaults));
    }

    @Test
    void addressesAndRangesAreAccepted() {
        assertDoesNotThrow(() -> TrustedProxies.requireAddresses(
                List.of("127.0.0.1", "10.0.0.0/8", "172.16.0.0/12", "::1/128", "fd00::/8", "192.168.1.5:8443")));
    }

    @Test
    void aHostNameIsRefusedWithTheReason() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.requireAddresses(List.of("10.0.0.0/8", "proxy.internal")));
        assertTrue(refused.getMessage().contains("'proxy.internal' would be looked up in DNS on every request"),
                refused.getMessage());
    }

    @Test
    void aBareIpv6AddressIsRefusedWithItsRangeOfOneAsTheHint() {
        var refused = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.requireAddresses(List.of("::1")));
        assertTrue(refused.getMessage().contains("e.g. ::1/128"), refused.getMessage());
    }
}
