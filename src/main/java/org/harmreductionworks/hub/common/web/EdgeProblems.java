package org.harmreductionworks.hub.common.web;

import org.harmreductionworks.hub.common.error.Problem;
import org.harmreductionworks.hub.common.error.ProblemType;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The problem+json of a request our HTTP filters refuse before it reaches a resource (where ProblemMappers would
 * answer). Not logged: these are the caller's mistakes, and anonymous input must not be able to fill the log.
 */
final class EdgeProblems {

    private EdgeProblems() {
    }

    static void write(RoutingContext ctx, int status, ProblemType type, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.normalizedPath());
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.encode());
    }
}
