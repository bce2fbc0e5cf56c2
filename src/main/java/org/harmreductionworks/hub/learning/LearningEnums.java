package org.harmreductionworks.hub.learning;

import org.harmreductionworks.hub.common.web.NamedParameterConverters;

import com.fasterxml.jackson.annotation.JsonValue;

/** The closed vocabularies of shared learnings, spelled in the API as lower-case words joined by hyphens. */
public final class LearningEnums {

    private LearningEnums() {
    }

    public enum Kind {
        WHAT_WORKED, QUESTION, STORY_OR_RESOURCE;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum Visibility {
        /** Anyone, signed in or not, and the feed. */
        PUBLIC,
        /** Signed-in hosts and stewards only: for sensitive local knowledge. */
        NETWORK;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum Status {
        VISIBLE,
        /** By flags from three groups until a steward reviews it, or by a steward. */
        HIDDEN,
        /** By its group; kept for stewards. */
        DELETED;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum Sort {
        NEWEST, MOST_HELPFUL;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }
}
