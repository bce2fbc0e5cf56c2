package org.harmreductionworks.hub.group;

import org.harmreductionworks.hub.common.web.NamedParameterConverters;

import com.fasterxml.jackson.annotation.JsonValue;

/** The closed vocabularies of a listing, spelled in the API as lower-case words joined by hyphens. */
public final class GroupEnums {

    private GroupEnums() {
    }

    /** Specialised groups still choose open or focused; this says who they especially welcome. */
    public enum Focus {
        PEOPLE_OF_COLOR, LGBTQ, WOMEN, SEX_WORKERS, YOUTH, FAMILIES_AND_LOVED_ONES, OTHER;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum Attendance {
        IN_PERSON, ONLINE, HYBRID;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }

        public boolean meetsInPerson() {
            return this != ONLINE;
        }
    }

    /** How much of the meeting place the public sees. */
    public enum LocationVisibility {
        /** Venue, street address and exact position. */
        EXACT,
        /** Town and a position rounded to about a kilometre; never the street. */
        APPROXIMATE,
        /** Town only; the place is shared when someone asks through the contact form. */
        ON_REQUEST;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum LinkVisibility {
        PUBLIC, ON_REQUEST;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum Offering {
        FOOD, SUPPLIES, WOUND_CARE, NALOXONE, OTHER;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    public enum ContactMethod {
        /** A public address for the group (never a person's name). */
        EMAIL,
        /** Messages go through the hub's relay form to the group's private address. */
        FORM;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }

    /** Weekdays as the API spells them; the schedule logic works with java.time's DayOfWeek. */
    public enum Weekday {
        MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }

        public java.time.DayOfWeek toDayOfWeek() {
            return java.time.DayOfWeek.valueOf(name());
        }

        public static Weekday of(java.time.DayOfWeek day) {
            return valueOf(day.name());
        }
    }

    public enum Status {
        PENDING, ACTIVE, PAUSED, CLOSED, DECLINED;

        @JsonValue
        public String apiName() {
            return NamedParameterConverters.apiName(this);
        }
    }
}
