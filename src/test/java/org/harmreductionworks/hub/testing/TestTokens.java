package org.harmreductionworks.hub.testing;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed access tokens shaped like the ones the hrw realm issues (audience hrw-api, roles under
 * realm_access.roles), signed with the key the test OIDC server publishes.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    public static String steward() {
        return token("00000000-0000-4000-8000-000000000001", "steward", "Sam", List.of("steward"), ISSUER, "hrw-api");
    }

    public static String host() {
        return token("00000000-0000-4000-8000-000000000002", "host", "Alex", List.of(), ISSUER, "hrw-api");
    }

    public static String newcomer() {
        return token("00000000-0000-4000-8000-000000000003", "newcomer", "Jo", List.of(), ISSUER, "hrw-api");
    }

    /** Another signed-in person with no roles, for tests that need several accounts. */
    public static String person(String subject) {
        return token(subject, "person-" + subject, "Someone", List.of(), ISSUER, "hrw-api");
    }

    public static String token(String subject, String username, String givenName, List<String> roles, String issuer,
            String audience) {
        return Jwt.subject(subject)
                .preferredUserName(username)
                .claim("given_name", givenName)
                .claim("realm_access", Map.of("roles", roles))
                .issuer(issuer)
                .audience(audience)
                .expiresIn(300)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }
}
