package org.harmreductionworks.hub.meeting;

import com.fasterxml.jackson.annotation.JsonValue;

/** How many came, as a range: a log never counts or names people one by one. */
public enum Headcount {
    ONE_TO_FIVE("1-5"), SIX_TO_TEN("6-10"), ELEVEN_TO_TWENTY("11-20"), MORE_THAN_TWENTY("more-than-20");

    private final String apiName;

    Headcount(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }
}
