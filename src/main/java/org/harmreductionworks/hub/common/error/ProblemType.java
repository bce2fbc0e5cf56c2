package org.harmreductionworks.hub.common.error;

/**
 * The problem types this API defines beyond plain HTTP statuses. Clients may switch on these URIs.
 */
public enum ProblemType {
    VALIDATION("urn:hrw:problem:validation", "Invalid request"),
    AMBIGUOUS("urn:hrw:problem:ambiguous", "More than one meaning"),
    MALFORMED_BODY("urn:hrw:problem:malformed-body", "Malformed request body"),
    MALFORMED_REQUEST("urn:hrw:problem:malformed-request", "Malformed request"),
    TOO_LARGE("urn:hrw:problem:too-large", "Request too large"),
    NOT_FOUND("urn:hrw:problem:not-found", "Not found"),
    NOT_ACCEPTABLE("urn:hrw:problem:not-acceptable", "Not acceptable"),
    STALE_EDIT("urn:hrw:problem:stale-edit", "Edit conflict"),
    RATE_LIMITED("urn:hrw:problem:rate-limited", "Too many requests"),
    CONFLICT("urn:hrw:problem:conflict", "Conflict"),
    INVITATION_USED("urn:hrw:problem:invitation-used", "Code already used"),
    INVITATION_EXPIRED("urn:hrw:problem:invitation-expired", "Code expired"),
    FORBIDDEN("urn:hrw:problem:forbidden", "Forbidden"),
    DATABASE_UNAVAILABLE("urn:hrw:problem:database-unavailable", "Database unavailable"),
    MAIL_UNAVAILABLE("urn:hrw:problem:mail-unavailable", "Message not sent"),
    IDENTITY_PROVIDER_UNAVAILABLE("urn:hrw:problem:identity-provider-unavailable", "Sign-in unavailable"),
    BUSY("urn:hrw:problem:busy", "Busy"),
    INTERNAL("urn:hrw:problem:internal", "Something went wrong on our side");

    private final String uri;
    private final String title;

    ProblemType(String uri, String title) {
        this.uri = uri;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
