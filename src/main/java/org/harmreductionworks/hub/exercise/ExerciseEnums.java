package org.harmreductionworks.hub.exercise;

import org.harmreductionworks.hub.common.web.NamedParameterConverters;

import com.fasterxml.jackson.annotation.JsonValue;

/** The closed vocabularies of the library, spelled in the API as lower-case words joined by hyphens. */
public final class ExerciseEnums {

    private ExerciseEnums() {
    }

    public enum Kind {
        READING, PODCAST, VIDEO, GUEST_SPEAKER, PERSONAL_WRITING, CREATIVE_PIECE, DISCUSSION_PROMPT, OTHER;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum Theme {
        CHANGE_PROCESS, ADVOCACY, GRIEF_AND_LOSS, STIGMA, OVERDOSE, SAFER_USE, ABSTINENCE_AND_MODERATION,
        FAMILY_AND_LOVED_ONES, COMMUNITY_AND_MOVEMENT_BUILDING, CREATIVITY;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    /** What someone may want to know before the piece is read or played: people in the room may be grieving. */
    public enum ContentNote {
        OVERDOSE, DEATH, GRIEF, TRAUMA, SUICIDE, VIOLENCE, SEXUAL_VIOLENCE, INCARCERATION, DRUG_USE_DETAIL,
        DISCRIMINATION;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    /** Which meetings an exercise suits. */
    public enum Suits {
        OPEN, FOCUSED, BOTH;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum Status {
        /** Sent in by a group; only stewards and that group's hosts see it. */
        SUGGESTED,
        PUBLISHED,
        DECLINED;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum Sort {
        MOST_USED, NEWEST, TITLE;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }
}
