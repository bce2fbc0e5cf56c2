package org.harmreductionworks.hub.testing;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on a free loopback port, for tests that send mail. */
public class GreenMailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        int port = LoopbackPorts.free();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of("greenmail.smtp.port", Integer.toString(port));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    public static GreenMail mailbox() {
        return greenMail;
    }
}
