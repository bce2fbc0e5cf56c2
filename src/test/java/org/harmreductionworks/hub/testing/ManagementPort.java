package org.harmreductionworks.hub.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts the packaged app's management interface (metrics) on a free loopback port: its default, 9000, may be taken
 * on a shared machine, and a taken port stops the app from starting.
 */
public class ManagementPort implements QuarkusTestResourceLifecycleManager {

    private static volatile int port;

    @Override
    public Map<String, String> start() {
        port = LoopbackPorts.free();
        return Map.of("quarkus.management.port", Integer.toString(port), "quarkus.management.host", "127.0.0.1");
    }

    @Override
    public void stop() {
    }

    /** Where the app started with this resource serves /q/metrics. */
    public static String base() {
        return "http://127.0.0.1:" + port;
    }
}
