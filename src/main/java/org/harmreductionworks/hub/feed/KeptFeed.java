package org.harmreductionworks.hub.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.harmreductionworks.hub.common.web.Preconditions;
import org.harmreductionworks.hub.common.web.TaggedResponse;

import io.vertx.core.http.HttpServerResponse;

/**
 * A whole-directory feed as kept between requests: its text gzip-compressed, and the ETag of the text itself (the
 * same tag as {@link TaggedResponse} gives a text). At 100,000 groups the texts are 40-90 MB each and compress about
 * tenfold; the text is never held whole, not even while it is written ({@link FeedWriting}). A reader that accepts
 * gzip gets the kept bytes as they are, so the feed is compressed once, not per request.
 */
public record KeptFeed(byte[] gzipped, EntityTag tag) {

    /** How much of a feed is handed to the connection at a time, kept or still being written. */
    static final int SLICE = 1 << 16;

    /** The feed, or 304 when the caller has it; compressed for callers that accept gzip, as text for the others. */
    public Response response(String mediaType, Request request, HttpHeaders headers, HttpServerResponse sent,
            int maxAgeSeconds) {
        Response.ResponseBuilder notModified = Preconditions.notModified(request, tag);
        Response.ResponseBuilder response;
        if (notModified != null) {
            response = notModified;
        } else if (acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            // Set on the connection's own response: with compression on, every answer starts as "identity", which is
            // taken off at the end along with anything added beside it, and only a replaced value survives.
            sent.headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
            // In slices, so each waits for the connection to take the one before: handed over whole, the kept bytes
            // (about 9 MB at 100,000 groups) were copied into the server's own buffers for every reader at once.
            response = Response.ok(PacedOutput.paced(inSlices(gzipped), sent), mediaType + ";charset=UTF-8")
                    .header(HttpHeaders.CONTENT_LENGTH, gzipped.length);
        } else {
            response = Response.ok(PacedOutput.paced(text(), sent), mediaType + ";charset=UTF-8");
        }
        return response.tag(tag).header("Cache-Control", "public, max-age=" + maxAgeSeconds)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    /**
     * The feed as a script that calls {@code callback} with it (JSONP), or 304 when the caller has it. Its tag is the
     * feed's with the callback's name, which is all that differs. Like the feed, it is never held whole as text.
     */
    public Response script(String callback, Request request, HttpServerResponse sent, int maxAgeSeconds) {
        EntityTag scriptTag = new EntityTag(tag.getValue() + "." + callback);
        Response.ResponseBuilder notModified = Preconditions.notModified(request, scriptTag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(PacedOutput.paced(calling(callback, text()), sent),
                        BmltResource.JAVASCRIPT + ";charset=UTF-8");
        return response.tag(scriptTag).header("Cache-Control", "public, max-age=" + maxAgeSeconds).build();
    }

    /** A JSON answer wrapped in a call, as JSONP readers load it; the callback is a checked JavaScript name. */
    static StreamingOutput calling(String callback, StreamingOutput json) {
        return out -> {
            out.write(("/**/" + callback + "(").getBytes(StandardCharsets.UTF_8));
            json.write(out);
            out.write(");".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The kept text, inflated as it is sent. */
    StreamingOutput text() {
        return out -> {
            // Closed at once rather than when collected: each open inflater holds memory outside the heap.
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), SLICE)) {
                in.transferTo(out);
            }
        };
    }

    static StreamingOutput inSlices(byte[] bytes) {
        return out -> {
            for (int from = 0; from < bytes.length; from += SLICE) {
                out.write(bytes, from, Math.min(SLICE, bytes.length - from));
            }
        };
    }

    /** Whether an Accept-Encoding header allows gzip (or anything), with a q-value above zero. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            return q > 0;
        }
        return false;
    }
}
