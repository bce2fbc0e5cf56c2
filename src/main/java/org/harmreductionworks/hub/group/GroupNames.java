package org.harmreductionworks.hub.group;

import java.util.Set;

import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.common.TextFolding;

/** A group's public name is the network's name followed by its locality; the network's name never changes. */
public final class GroupNames {

    private GroupNames() {
    }

    public static String publicName(String locality) {
        return Network.NAME + " " + locality;
    }

    /** Whether a proposed locality tries to restate, shorten or replace the network's name. */
    public static boolean restatesTheNetworkName(String locality) {
        String folded = TextFolding.fold(locality);
        return folded.contains("harm reduction works") || folded.matches(".*\\bhrw\\b.*");
    }

    /** The web app's own pages under /groups/: a group there would be hidden behind the page. */
    private static final Set<String> APP_PAGES = Set.of("new", "review", "join");

    public static String slugFor(String locality) {
        String slug = TextFolding.slugFor(locality, "group");
        return APP_PAGES.contains(slug) ? slug + "-group" : slug;
    }

}
