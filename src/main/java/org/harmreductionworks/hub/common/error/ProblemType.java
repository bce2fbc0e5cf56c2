package org.harmreductionworks.hub.common.error;

import java.util.List;

import org.harmreductionworks.hub.common.i18n.Message;

/**
 * The problem types this API defines beyond plain HTTP statuses. Clients may switch on these URIs, which are the same
 * in every language; the title is the type's text in {@code i18n/problems_<language>.properties}
 * ({@code title.not-found}).
 */
public enum ProblemType implements Message {
    VALIDATION("urn:hrw:problem:validation"),
    AMBIGUOUS("urn:hrw:problem:ambiguous"),
    MALFORMED_BODY("urn:hrw:problem:malformed-body"),
    MALFORMED_REQUEST("urn:hrw:problem:malformed-request"),
    TOO_LARGE("urn:hrw:problem:too-large"),
    NOT_FOUND("urn:hrw:problem:not-found"),
    NOT_ACCEPTABLE("urn:hrw:problem:not-acceptable"),
    STALE_EDIT("urn:hrw:problem:stale-edit"),
    RATE_LIMITED("urn:hrw:problem:rate-limited"),
    CONFLICT("urn:hrw:problem:conflict"),
    INVITATION_USED("urn:hrw:problem:invitation-used"),
    INVITATION_EXPIRED("urn:hrw:problem:invitation-expired"),
    FORBIDDEN("urn:hrw:problem:forbidden"),
    DATABASE_UNAVAILABLE("urn:hrw:problem:database-unavailable"),
    MAIL_UNAVAILABLE("urn:hrw:problem:mail-unavailable"),
    IDENTITY_PROVIDER_UNAVAILABLE("urn:hrw:problem:identity-provider-unavailable"),
    BUSY("urn:hrw:problem:busy"),
    INTERNAL("urn:hrw:problem:internal");

    private static final String PREFIX = "urn:hrw:problem:";

    private final String uri;

    ProblemType(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }

    @Override
    public String catalogue() {
        return "problems";
    }

    @Override
    public List<String> arguments() {
        return List.of();
    }

    @Override
    public String key() {
        return "title." + uri.substring(PREFIX.length());
    }
}
