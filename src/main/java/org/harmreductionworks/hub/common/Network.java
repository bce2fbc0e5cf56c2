package org.harmreductionworks.hub.common;

/**
 * Facts about the network that the software must never change.
 */
public final class Network {

    /** The network asks that its name is always written this way; nothing in the app may shorten or rename it. */
    public static final String NAME = "Harm Reduction Works-HRW";

    private Network() {
    }
}
