package org.harmreductionworks.hub.group.schedule;

/**
 * One reason a schedule or a change to it cannot be accepted, named by the API field it is about, so a service can
 * answer it as a validation violation.
 */
public record ScheduleProblem(String field, String message) {
}
