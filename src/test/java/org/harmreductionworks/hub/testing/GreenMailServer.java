package org.harmreductionworks.hub.testing;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on a free loopback port, for tests that send mail. */
public class GreenMailServer implements QuarkusTestResourceLifecycleManager {

    /** The server of the test class running now. */
    private static volatile GreenMail current;

    /**
     * This resource's own server. Quarkus may start the next test class's resource before it stops this one, so a
     * stop must stop this server, not whichever started last (that cut the next class's mail off mid-test).
     */
    private GreenMail mine;

    @Override
    public Map<String, String> start() {
        int port = LoopbackPorts.free();
        mine = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mine.start();
        current = mine;
        return Map.of("greenmail.smtp.port", Integer.toString(port));
    }

    @Override
    public void stop() {
        if (mine != null) {
            mine.stop();
        }
    }

    public static GreenMail mailbox() {
        return current;
    }
}
