package org.harmreductionworks.hub.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerResponse;

/** Exists only in tests: a kept feed several pacing windows long, sent the way the real feeds (and JSONP) are. */
@Path("/v1/test-paced")
public class PacedProbeResource {

    /** Text that compresses about as well as a feed does, so its gzip bytes too are several windows long. */
    static byte[] text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 12 * PacedOutput.WINDOW; i++) {
            text.append("{\"slug\":\"group-").append(i).append("\",\"n\":").append(i * 7919L % 100_003).append("}\n");
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] gzipped() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(text());
        }
        return gzipped.toByteArray();
    }

    @GET
    public Response kept(@Context Request request, @Context HttpHeaders headers, @Context HttpServerResponse sent)
            throws IOException {
        return new KeptFeed(gzipped(), new EntityTag("probe")).response("text/plain", request, headers, sent, 60);
    }

    @GET
    @Path("script")
    public Response script(@QueryParam("callback") String callback, @Context Request request,
            @Context HttpServerResponse sent) throws IOException {
        return new KeptFeed(gzipped(), new EntityTag("probe")).script(callback, request, sent, 60);
    }
}
