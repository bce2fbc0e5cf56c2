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

    public static Response of(String body, String mediaType, Request request, int maxAgeSeconds) {
        EntityTag tag = new EntityTag(Sha256.hex(body).substring(0, 32));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(body, mediaType + ";charset=UTF-8");
        return response.tag(tag).header("Cache-Control", "public, max-age=" + maxAgeSeconds).build();
    }
}
