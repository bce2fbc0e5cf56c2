package org.harmreductionworks.hub.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.harmreductionworks.hub.common.Sha256;

/**
 * Answers with a representation and a strong ETag made from its bytes, or 304 when the caller already has it. Feeds
 * are polled by other tools on a timer; this keeps each unchanged poll to a few hundred bytes.
 */
public final class TaggedResponse {

    private TaggedResponse() {
    }

    /** A representation and its tag, which can be kept together so the hash is made once. */
    public record Tagged(String body, EntityTag tag) {

        public static Tagged of(String body) {
            return new Tagged(body, tagFor(Sha256.hex(body)));
        }
    }

    /** The ETag of a representation whose SHA-256 is {@code sha256Hex}: every tagged answer's tag is made so. */
    public static EntityTag tagFor(String sha256Hex) {
        return new EntityTag(sha256Hex.substring(0, 32));
    }

    public static Response of(String body, String mediaType, Request request, int maxAgeSeconds) {
        return of(Tagged.of(body), mediaType, request, maxAgeSeconds);
    }

    public static Response of(Tagged tagged, String mediaType, Request request, int maxAgeSeconds) {
        Response.ResponseBuilder notModified = Preconditions.notModified(request, tagged.tag());
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(tagged.body(), mediaType + ";charset=UTF-8");
        return response.tag(tagged.tag()).header("Cache-Control", "public, max-age=" + maxAgeSeconds).build();
    }
}
