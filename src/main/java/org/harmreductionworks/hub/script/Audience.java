package org.harmreductionworks.hub.script;

import org.harmreductionworks.hub.common.MeetingType;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which meetings read a section: every meeting, or only open or only focused ones. */
public enum Audience {
    ALL, OPEN, FOCUSED;

    @JsonValue
    public String apiName() {
        return name().toLowerCase();
    }

    public boolean readAt(MeetingType meeting) {
        return this == ALL || meeting == null || name().equals(meeting.name());
    }
}
