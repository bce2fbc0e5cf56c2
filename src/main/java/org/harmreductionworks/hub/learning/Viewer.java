package org.harmreductionworks.hub.learning;

import java.util.List;

import org.harmreductionworks.hub.group.GroupService.GroupRef;

/**
 * Who is looking at learnings, as far as visibility goes: stewards, and the listed groups the person hosts.
 * Network-only posts are for signed-in hosts and stewards.
 */
record Viewer(boolean signedIn, boolean steward, List<GroupRef> hosted) {

    boolean seesNetwork() {
        return steward || !hosted.isEmpty();
    }

    boolean hosts(Long groupId) {
        return groupId != null && hosted.stream().anyMatch(g -> g.id() == groupId);
    }

    GroupRef hosted(String slug) {
        return hosted.stream().filter(g -> g.slug().equals(slug)).findFirst().orElse(null);
    }
}
