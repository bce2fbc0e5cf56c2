package org.harmreductionworks.hub.script;

import java.util.Date;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.harmreductionworks.hub.common.error.DomainException;
import org.harmreductionworks.hub.common.error.InvalidInput;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.ProblemType;
import org.harmreductionworks.hub.common.web.Preconditions;
import org.harmreductionworks.hub.script.render.HtmlScriptWriter;
import org.harmreductionworks.hub.script.render.Rendition;

/** How the script's representations are chosen and sent: negotiation, validators and cache headers. */
final class ScriptResponses {

    /** Published versions never change. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The current version changes when stewards publish: revalidate after a few minutes. */
    static final String CURRENT = "public, max-age=300";
    static final String PRIVATE = "private, no-store";

    private ScriptResponses() {
    }

    static ScriptFormat format(ScriptFormat requested, HttpHeaders headers) {
        if (requested != null) {
            return requested;
        }
        try {
            return ScriptFormat.negotiate(headers.getAcceptableMediaTypes()).orElseThrow(NotAcceptable::new);
        } catch (IllegalArgumentException unreadableAccept) {
            // The REST layer parses Accept only when asked; a header it cannot read offers nothing we can match.
            throw new NotAcceptable();
        }
    }

    static ScriptLanguage language(ScriptLanguage requested, HttpHeaders headers) {
        if (requested != null) {
            return requested;
        }
        return ScriptLanguage.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .orElse(ScriptLanguage.EN);
    }

    static Response send(Rendition rendition, Request request, String cacheControl) {
        Response.ResponseBuilder builder;
        if (rendition.etag() != null) {
            EntityTag etag = EntityTag.valueOf(rendition.etag());
            Date lastModified = Date.from(rendition.lastModified().toInstant());
            Response.ResponseBuilder notModified = Preconditions.notModified(request, lastModified, etag);
            builder = notModified != null ? notModified : Response.ok(rendition.body(), rendition.mediaType());
            builder.tag(etag).lastModified(lastModified);
        } else {
            builder = Response.ok(rendition.body(), rendition.mediaType());
        }
        builder.header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, "Accept, Accept-Language")
                .header("Content-Disposition", "inline; filename=\"" + rendition.fileName() + "\"");
        if (rendition.mediaType().startsWith("text/html")) {
            builder.header("Content-Security-Policy", HtmlScriptWriter.contentSecurityPolicy());
        }
        return builder.build();
    }

    static void requireFrom(int from, int to) {
        if (from >= to) {
            throw new InvalidInput("from", ProblemText.SCRIPT_FROM_NOT_OLDER, to);
        }
    }

    /** 406, listing what is offered so the client can ask again. */
    static final class NotAcceptable extends DomainException {
        NotAcceptable() {
            super(406, ProblemType.NOT_ACCEPTABLE, ProblemText.SCRIPT_FORMATS_OFFERED.with(String.join(", ",
                    List.copyOf(ScriptFormat.offeredMediaTypes()))));
        }
    }
}
