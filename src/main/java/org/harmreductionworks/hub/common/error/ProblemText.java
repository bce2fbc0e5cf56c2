package org.harmreductionworks.hub.common.error;

import java.util.List;

import org.harmreductionworks.hub.common.i18n.Message;

/**
 * The words of every problem the API answers: details, and the messages of violations (their field names never
 * change). The texts are in {@code i18n/problems_<language>.properties}, under each constant's key
 * ({@code GROUP_UNKNOWN} is {@code group.unknown}); the names in brackets are the values each text takes.
 */
public enum ProblemText implements Message {
    // The error format itself
    INPUT_INVALID,
    BODY_TOO_LARGE,
    BODY_TOO_LARGE_LIMIT("kilobytes"),
    BODY_NOT_JSON,
    BODY_WRONG_SHAPE,
    BODY_DUPLICATE_KEY("key"),
    BODY_VALUE_WRONG_TYPE,
    BODY_UNKNOWN_FIELD,
    FIELD_WRONG_TYPE,
    FIELD_UNKNOWN,
    FIELD_CONTROL_CHARACTER,
    IDEMPOTENCY_KEY_INVALID,
    ADDRESS_CONTROL_CHARACTER,
    PREFLIGHT_METHOD_INVALID,
    CROSS_ORIGIN_WRITE("origin"),
    ADDRESS_UNKNOWN,
    METHOD_NOT_ALLOWED,
    REPRESENTATION_NOT_OFFERED,
    PRECONDITION_NOT_MET,
    CONTENT_TYPE_NOT_ACCEPTED,
    SIGN_IN_NEEDED,
    TOKEN_REJECTED,
    SIGN_IN_UNAVAILABLE,
    ACCOUNT_MAY_NOT,
    EDIT_STALE,
    DATABASE_UNREACHABLE,
    UNEXPECTED("errorId"),
    HTTP_400,
    HTTP_401,
    HTTP_403,
    HTTP_405,
    HTTP_406,
    HTTP_409,
    HTTP_410,
    HTTP_411,
    HTTP_412,
    HTTP_413,
    HTTP_414,
    HTTP_415,
    HTTP_416,
    HTTP_428,
    HTTP_429,
    HTTP_431,
    HTTP_OTHER,

    // Query and path parameters
    PARAMETER_ONE_OF("allowed"),
    PARAMETER_WHOLE_NUMBER,
    PARAMETER_NUMBER,
    PARAMETER_TRUE_OR_FALSE,
    PARAMETER_DATE,
    PARAMETER_BETWEEN("min", "max"),
    PARAMETER_AT_MOST_CHARACTERS("max"),
    PARAMETER_NEEDED_WITH("other"),

    // Accounts and limits
    STEWARDS_ONLY,
    FEEDS_BUSY,

    // The BMLT interface
    BMLT_SWITCHER_UNKNOWN,
    BMLT_TSML_SWITCHER,
    BMLT_GEO_WIDTH_NEEDED,
    BMLT_MEETING_KEY_NEEDED,
    BMLT_MEETING_KEY_UNKNOWN,
    BMLT_WEEKDAYS,
    BMLT_FORMATS_OPERATOR,
    BMLT_CALLBACK,

    // Groups
    GROUP_UNKNOWN("slug"),
    GROUP_UNKNOWN_TO_WRITE("slug"),
    GROUP_HOSTS_ONLY,
    GROUP_HOSTS_ONLY_SUGGEST,
    GROUP_HOSTS_ONLY_LOG,
    GROUP_HOSTS_ONLY_SHARE,
    GROUP_HOSTS_ONLY_REPLY,
    GROUP_HOSTS_ONLY_SPEAK,
    GROUP_STALE,
    GROUP_REGISTRATIONS_LIMIT,
    GROUP_REGISTRATION_KEY_USED,
    GROUP_STATUS_TARGET,
    GROUP_CANNOT_BE_APPROVED("status"),
    GROUP_CANNOT_BE_DECLINED("status"),
    GROUP_CANNOT_BE_CONFIRMED("status"),
    GROUP_CANNOT_BE_RESUMED("status"),
    GROUP_CANNOT_BE_PAUSED("status"),
    GROUP_CANNOT_BE_CLOSED("status"),
    GROUP_STATUS_PENDING,
    GROUP_STATUS_ACTIVE,
    GROUP_STATUS_PAUSED,
    GROUP_STATUS_CLOSED,
    GROUP_STATUS_DECLINED,
    GROUP_NOT_APPROVED,
    LISTING_LOCALITY,
    LISTING_CITY_NEEDED,
    LISTING_POSITION_NEEDED,
    LISTING_ONLINE_URL_NEEDED,
    LISTING_PUBLIC_EMAIL_NEEDED,
    LISTING_FOCUS_OTHER_NEEDED,
    LISTING_TIME_ZONE,
    DATE_MORE_THAN_A_YEAR_AHEAD,
    SCHEDULE_CHANGE_UNKNOWN("date"),
    INVITATION_UNKNOWN,
    INVITATION_USED,
    INVITATION_EXPIRED,
    PLACE_AMBIGUOUS("name"),
    PLACE_UNKNOWN,
    RELAY_SENDER_GROUP_LIMIT,
    RELAY_SENDER_LIMIT,
    RELAY_GROUP_LIMIT,
    RELAY_MAIL_UNAVAILABLE,

    // Schedules and changes to them
    SCHEDULE_RECURRENCE,
    SCHEDULE_WEEKLY_DAYS,
    SCHEDULE_EVERY_OTHER_WEEK,
    SCHEDULE_FIRST_DATE_WEEKDAY("weekday"),
    SCHEDULE_MONTHLY_DAYS,
    SCHEDULE_MONTHLY_WEEK,
    SCHEDULE_WEEK_OF_MONTH,
    SCHEDULE_WEEK_OF_MONTH_MONTHLY_ONLY,
    SCHEDULE_START,
    SCHEDULE_DURATION("min", "max"),
    SCHEDULE_TIME_ZONE,
    SCHEDULE_FIXED_OFFSET,
    CHANGE_DATE_NEEDED,
    CHANGE_DATE_NOT_REGULAR("date"),
    CHANGE_KIND,
    CHANGE_MOVED_NEEDS,
    CHANGE_MOVED_NOWHERE,
    CHANGE_MOVED_ONLY,

    // Exercises
    EXERCISE_UNKNOWN("slug"),
    EXERCISE_STALE,
    EXERCISE_ALREADY_PUBLISHED,
    EXERCISE_DECLINE_NOT_SUGGESTED("status"),
    EXERCISE_STATUS_SUGGESTED,
    EXERCISE_STATUS_PUBLISHED,
    EXERCISE_STATUS_DECLINED,
    EXERCISE_NOT_PUBLISHED,

    // The meeting log and plan
    MEETING_OPEN,
    MEETING_FOCUSED,
    LOG_ENTRY_STALE,
    LOG_DATE_FUTURE,
    LOG_DATE_TOO_EARLY("year"),
    LOG_DUPLICATE("meeting", "date"),
    LOG_ENTRY_UNKNOWN("id"),
    PLAN_DATE_PAST,
    PLAN_DATE_TOO_FAR,
    PLAN_REMOVED,
    PLAN_CHANGED,
    PLAN_SAME_MOMENT,
    PLAN_UNKNOWN("date"),

    // The script
    LANGUAGE_EN,
    LANGUAGE_ES,
    SCRIPT_UNPUBLISHED,
    SCRIPT_VERSION_UNKNOWN("number"),
    SCRIPT_VERSION_NOT_IN_LANGUAGE("version", "language"),
    SCRIPT_FORMATS_OFFERED("types"),
    SCRIPT_FROM_NOT_OLDER("to"),
    DRAFT_ALREADY_OPEN("draft"),
    DRAFT_UNKNOWN("id"),
    DRAFT_PUBLISHED("id", "version"),
    DRAFT_STALE,
    DRAFT_OUTDATED("latest", "basedOn"),
    DRAFT_NOT_PUBLISHABLE("problems"),
    DRAFT_SECTIONS_DIFFER("language"),
    DRAFT_MINUTES("meeting", "language", "total", "min", "max"),
    DRAFT_EMPTY,
    DRAFT_NO_LANGUAGE("language"),
    SECTION_STALE("key"),
    SECTION_EXISTS("key", "language"),
    SECTION_UNKNOWN("key", "language"),
    SECTION_UNKNOWN_TO_FOLLOW("key"),
    SECTION_RAW_HTML,

    // Shared learnings
    LEARNING_POST_LIMIT,
    LEARNING_REPLY_LIMIT,
    LEARNING_FLAG_LIMIT,
    POST_UNKNOWN("id"),
    POST_UNKNOWN_OR_PRIVATE("id"),
    POST_STALE,
    POST_CLOSED,
    POST_DELETED,
    POST_DELETED_BY_GROUP,
    POST_OWNERS_ONLY,
    POST_NO_REPLY("reply"),
    REPLY_UNKNOWN("reply"),
    REPLY_STALE,
    REPLY_DELETED,
    REPLY_DELETED_BY_GROUP,
    REPLY_OWNERS_ONLY,
    REPLY_GROUP_NEEDED,
    REPLY_NOT_TO_QUESTION,
    ANSWER_AS_HRH413_STEWARDS_ONLY,
    HELPED_OWN_POST,
    HELPFUL_REPLY_ASKERS_ONLY,
    HELPFUL_REPLY_QUESTIONS_ONLY,
    ASK_STEWARDS_QUESTIONS_ONLY;

    private final List<String> arguments;

    ProblemText(String... arguments) {
        this.arguments = List.of(arguments);
    }

    @Override
    public String catalogue() {
        return "problems";
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }

    /** The title of a problem that has no type of its own ({@code about:blank}): the status's name. */
    static ProblemText forStatus(int status) {
        for (ProblemText text : values()) {
            if (text.name().equals("HTTP_" + status)) {
                return text;
            }
        }
        return HTTP_OTHER;
    }
}
