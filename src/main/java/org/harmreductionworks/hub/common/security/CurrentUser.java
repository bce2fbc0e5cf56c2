package org.harmreductionworks.hub.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.Forbidden;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is making this request, as far as the hub needs to know: an opaque subject, a name to greet them with, and
 * whether they are one of HRH413's stewards. Nothing else about a person is read or kept.
 */
@RequestScoped
public class CurrentUser {

    public static final String STEWARD_ROLE = "steward";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The identity provider's stable subject id; the only thing the hub stores to recognise an account. */
    public String subject() {
        return token.getSubject();
    }

    public boolean isSteward() {
        return identity.hasRole(STEWARD_ROLE);
    }

    /** 401 for an anonymous caller, where a service needs to know who is asking. */
    public void requireSignedIn() {
        if (!isSignedIn()) {
            throw new UnauthorizedException();
        }
    }

    /** 401 when signed out, 403 for anyone who is not one of HRH413's stewards. */
    public void requireSteward() {
        requireSignedIn();
        if (!isSteward()) {
            throw new Forbidden(ProblemText.STEWARDS_ONLY);
        }
    }

    /** A first name or user name, never the full legal name: it is only ever shown back to the person. */
    public String displayName() {
        for (String claim : new String[] { "given_name", "preferred_username", "name" }) {
            String value = token.getClaim(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "Member";
    }
}
