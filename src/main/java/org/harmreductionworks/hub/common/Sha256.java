package org.harmreductionworks.hub.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 of text, for the places that keep or send a digest instead of the text itself. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(digest(text));
    }

    /** A digest to feed text through as it is written, for text too big to hold whole. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] digest(String text) {
        return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
