package org.harmreductionworks.hub.group;

import java.util.List;

import org.harmreductionworks.hub.common.i18n.Message;

/** The words of the mail the contact relay sends a group, in {@code i18n/relay_<language>.properties}. */
enum RelayText implements Message {
    SUBJECT("group"),
    INTRO("network"),
    REPLY_TO("address"),
    NO_REPLY_TO,
    NOTHING_KEPT;

    private final List<String> arguments;

    RelayText(String... arguments) {
        this.arguments = List.of(arguments);
    }

    @Override
    public String catalogue() {
        return "relay";
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
