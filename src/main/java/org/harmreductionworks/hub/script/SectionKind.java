package org.harmreductionworks.hub.script;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the host reads a section aloud, or it is a note for the host alone. */
public enum SectionKind {
    READ_ALOUD, HOST_NOTE;

    @JsonValue
    public String apiName() {
        return name().toLowerCase().replace('_', '-');
    }
}
