package org.harmreductionworks.hub.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.RsaJsonWebKey;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed access tokens shaped like the ones the hrw realm issues (audience hrw-api, roles under
 * realm_access.roles), signed with a key made for this test run: {@link StandInKeycloak} publishes its public half,
 * and a packaged app can be given it as {@code quarkus.oidc.public-key}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String KEY_ID = "1";

    private static final KeyPair KEYS = rsaKeyPair();

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
                .jws().keyId(KEY_ID)
                .sign(KEYS.getPrivate());
    }

    /** The key the tokens are checked with, as a JSON Web Key in a key set. */
    public static String publicJwk() {
        return jwk(KEY_ID, (RSAPublicKey) KEYS.getPublic());
    }

    /** The same key as {@code quarkus.oidc.public-key} takes it (X.509, Base64). */
    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    public static String jwk(String keyId, RSAPublicKey key) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(key);
        jwk.setKeyId(keyId);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return jwk.toJson();
    }

    public static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
