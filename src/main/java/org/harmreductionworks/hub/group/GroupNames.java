package org.harmreductionworks.hub.group;

import java.text.Normalizer;
import java.util.Locale;

import org.harmreductionworks.hub.common.Network;

/** A group's public name is the network's name followed by its locality; the network's name never changes. */
public final class GroupNames {

    private GroupNames() {
    }

    public static String publicName(String locality) {
        return Network.NAME + " " + locality;
    }

    /** Whether a proposed locality tries to restate, shorten or replace the network's name. */
    public static boolean restatesTheNetworkName(String locality) {
        String folded = fold(locality);
        return folded.contains("harm reduction works") || folded.matches(".*\\bhrw\\b.*");
    }

    public static String slugFor(String locality) {
        String slug = fold(locality).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "group" : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
