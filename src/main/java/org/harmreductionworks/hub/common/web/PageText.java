package org.harmreductionworks.hub.common.web;

import java.util.List;

import org.harmreductionworks.hub.common.i18n.Message;

/**
 * The words the server writes into the web app's page: its no-script text and description, and the finder's first
 * results (group/FinderPreview). In {@code i18n/pages_<language>.properties}.
 */
public enum PageText implements Message {
    DESCRIPTION,
    NOSCRIPT,
    FINDER_GROUPS_ONE,
    FINDER_GROUPS_MANY("count"),
    FINDER_HEADING_ONLINE("groups"),
    FINDER_HEADING_NEAR("groups", "radius", "place"),
    FINDER_SHARED_LOCATION,
    FINDER_NONE_NEAR,
    FINDER_AWAY("distance"),
    FINDER_ONLINE,
    FINDER_OPEN_MEETING,
    FINDER_FOCUSED_MEETING,
    FINDER_NEXT("when", "zone"),
    FINDER_NEXT_PATTERN,
    FINDER_WHICH("name"),
    FINDER_LESS_THAN("amount");

    private final List<String> arguments;

    PageText(String... arguments) {
        this.arguments = List.of(arguments);
    }

    @Override
    public String catalogue() {
        return "pages";
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
