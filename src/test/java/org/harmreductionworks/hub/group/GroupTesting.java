package org.harmreductionworks.hub.group;

/** For other features' tests: an active group the demo host (TestTokens.host()) hosts. */
public final class GroupTesting {

    private GroupTesting() {
    }

    public static String registerAndApprove(String locality, double lat, double lon) {
        return GroupResourceTest.registerAndApprove(GroupResourceTest.listing(locality, lat, lon));
    }
}
