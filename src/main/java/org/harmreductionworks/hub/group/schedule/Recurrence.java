package org.harmreductionworks.hub.group.schedule;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How often a group's regular meeting comes round. */
public enum Recurrence {
    /** On one or more weekdays, every week. */
    WEEKLY,
    /** On one weekday, every second week, in step with the schedule's first date. */
    EVERY_OTHER_WEEK,
    /** On one weekday in a given week of each month (the 2nd Thursday, the last Monday). */
    MONTHLY;

    /** The API's spelling: weekly, every-other-week, monthly. */
    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
