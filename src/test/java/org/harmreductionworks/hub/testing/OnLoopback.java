package org.harmreductionworks.hub.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Keeps the packaged app under test on loopback, as every server the tests start: its HTTP on 127.0.0.1 (on any free
 * port, quarkus.http.test-port=0 in the pom), and its management interface (metrics) on a free loopback port, since
 * its default, 9000, may be taken on a shared machine and a taken port stops the app from starting.
 */
public class OnLoopback implements QuarkusTestResourceLifecycleManager {

    private static volatile int port;

    @Override
    public Map<String, String> start() {
        port = LoopbackPorts.free();
        return Map.of("quarkus.http.host", "127.0.0.1",
                "quarkus.management.port", Integer.toString(port), "quarkus.management.host", "127.0.0.1");
    }

    @Override
    public void stop() {
    }

    /** Where the app started with this resource serves /q/metrics. */
    public static String managementBase() {
        return "http://127.0.0.1:" + port;
    }
}
