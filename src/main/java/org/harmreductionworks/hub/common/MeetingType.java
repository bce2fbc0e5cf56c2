package org.harmreductionworks.hub.common;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Open meetings are for anyone curious about harm reduction; focused meetings are for people who use or drink, have
 * done so, or are considering it. Only the welcome differs.
 */
public enum MeetingType {
    OPEN, FOCUSED;

    @JsonValue
    public String apiName() {
        return name().toLowerCase();
    }
}
