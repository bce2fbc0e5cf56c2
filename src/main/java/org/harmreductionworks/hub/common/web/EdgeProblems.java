package org.harmreductionworks.hub.common.web;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.error.ProblemLanguage;
import org.harmreductionworks.hub.common.error.ProblemType;
import org.harmreductionworks.hub.common.i18n.Language;
import org.harmreductionworks.hub.common.i18n.Text;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The problem+json of a request our HTTP filters refuse before it reaches a resource (where ProblemMappers would
 * answer), in the language the request asks for, like theirs. Not logged: these are the caller's mistakes, and
 * anonymous input must not be able to fill the log.
 */
final class EdgeProblems {

    private EdgeProblems() {
    }

    static void write(RoutingContext ctx, int status, ProblemType type, Text detail) {
        Language language = Language.preferredBy(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        JsonObject problem = new JsonObject()
                .put("type", type.uri())
                .put("title", type.in(language))
                .put("status", status)
                .put("detail", detail.in(language))
                .put("instance", ctx.normalizedPath());
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        ctx.response().headers().add(HttpHeaders.VARY, ProblemLanguage.VARY);
        ctx.response().end(problem.encode());
    }
}
