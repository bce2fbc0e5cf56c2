package org.harmreductionworks.hub.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Free ports on the loopback interface, for the servers tests start, and a check that they stay there. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails if something answers on the port at any of the machine's other addresses. Skipped (not passed) on a
     * machine with no address but loopback, where it could not fail.
     */
    public static void assertNothingAnswersElsewhereOn(int port, String what) throws IOException {
        List<InetAddress> elsewhere = otherAddresses();
        assumeTrue(!elsewhere.isEmpty(), "this machine has no address but loopback to try");
        for (InetAddress address : elsewhere) {
            try (Socket socket = new Socket()) {
                assertThrows(ConnectException.class,
                        () -> socket.connect(new InetSocketAddress(address, port), 2000),
                        what + " answers on " + address.getHostAddress() + ":" + port);
            }
        }
    }

    private static List<InetAddress> otherAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface card : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (card.isUp() && !card.isLoopback()) {
                card.inetAddresses().filter(address -> address instanceof Inet4Address).forEach(addresses::add);
            }
        }
        return addresses;
    }
}
