package org.harmreductionworks.hub.common.web;

import java.util.Date;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.common.util.DateUtil;

import io.vertx.core.MultiMap;

/**
 * A read's conditional headers. A caller that has the current representation gets a 304; a failed If-Match or
 * If-Unmodified-Since is a 412 problem like every other refusal, where the framework would send an empty 412.
 */
public final class Preconditions {

    private static final String[] DATE_CONDITIONS = { "If-Modified-Since", "If-Unmodified-Since" };

    private Preconditions() {
    }

    /** A 304 to send, or null when the representation itself should be sent. */
    public static Response.ResponseBuilder notModified(Request request, EntityTag tag) {
        return unlessFailed(request.evaluatePreconditions(tag));
    }

    /** As {@link #notModified(Request, EntityTag)}, for a representation that also has a modification date. */
    public static Response.ResponseBuilder notModified(Request request, Date lastModified, EntityTag tag) {
        return unlessFailed(request.evaluatePreconditions(lastModified, tag));
    }

    private static Response.ResponseBuilder unlessFailed(Response.ResponseBuilder answer) {
        if (answer != null && answer.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw new WebApplicationException(Response.Status.PRECONDITION_FAILED);
        }
        return answer;
    }

    /**
     * Takes out date conditions that are not dates. RFC 9110 (13.1.3, 13.1.4) says to ignore them; left in, the REST
     * layer's evaluation throws on them, which would answer a garbled header with a 500.
     */
    static void dropUnreadableDates(MultiMap headers) {
        for (String name : DATE_CONDITIONS) {
            String value = headers.get(name);
            if (value != null && !isDate(value)) {
                headers.remove(name);
            }
        }
    }

    private static boolean isDate(String value) {
        try {
            DateUtil.parseDate(value);
            return true;
        } catch (DateUtil.DateParseException e) {
            return false;
        }
    }
}
