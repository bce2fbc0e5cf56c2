package org.harmreductionworks.hub.group.schedule;

import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.i18n.Text;

/**
 * One reason a schedule or a change to it cannot be accepted, named by the API field it is about, so a service can
 * answer it as a validation violation.
 */
public record ScheduleProblem(String field, Text message) {

    public ScheduleProblem(String field, ProblemText message, Object... values) {
        this(field, message.with(values));
    }
}
