package org.harmreductionworks.hub.common.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.Sha256;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.ProblemType;
import org.harmreductionworks.hub.common.i18n.Language;

import io.quarkiverse.quinoa.QuinoaRecorder;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the web app's page in the reader's language, for its own address and for every page of the app (the web
 * app's routing hands those to "/"): the person's pick in the app (its cookie), else their browser's languages, else
 * English. Someone without JavaScript reads the no-script text in their language, and the page's {@code lang} is
 * right before any script runs.
 * <p>
 * An address that is none of the app's pages, nor a file, is answered with a 404: the app's page for a browser (which
 * shows its not-found page), a problem document for anything else. With a 200 a tool given a wrong address reads a
 * web page as its answer, and search engines list every mistyped link as a page.
 */
@ApplicationScoped
public class AppPageRoute {

    /** What a page in the reader's language depends on, for any cache between here and the browser. */
    public static final String VARY = "Accept-Language, Cookie";

    @Inject
    AppPage appPage;

    @Inject
    PagePaths pagePaths;

    void register(@Observes Router router) {
        // Ahead of the web app's own handler (Quinoa's, order 1100), which would answer with the English page.
        router.get("/").order(0).handler(this::answer);
        router.get("/index.html").order(0).handler(this::answer);
        // After the files (which Quinoa serves at 1100), just before Quinoa hands every other address to the app.
        // Every method, checked inside: a route for some methods makes the router answer any other one that nothing
        // takes with a 405 instead of a 404.
        router.route().order(QuinoaRecorder.QUINOA_SPA_ROUTE_ORDER - 1).handler(this::unknownAddress);
    }

    private void unknownAddress(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.normalizedPath();
        // The REST layer answers every address under /api itself, with a problem of its own when it has nothing.
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || path.startsWith("/api/")
                || pagePaths.isPage(path)) {
            ctx.next();
            return;
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        Language language = languageOf(ctx);
        Optional<String> page = accept != null && accept.contains("text/html") ? appPage.html(language)
                : Optional.empty();
        if (page.isEmpty()) {
            EdgeProblems.write(ctx, 404, ProblemType.NOT_FOUND, ProblemText.ADDRESS_UNKNOWN.with());
            return;
        }
        describe(ctx, language);
        ctx.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(page.get());
    }

    private void answer(RoutingContext ctx) {
        Language language = languageOf(ctx);
        Optional<String> page = appPage.html(language);
        if (page.isEmpty()) {
            ctx.next();
            return;
        }
        String tag = "\"" + Sha256.hex(page.get()).substring(0, 32) + "\"";
        String sent = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        ctx.response().putHeader(HttpHeaders.ETAG, tag);
        describe(ctx, language);
        if (sent != null && (sent.contains(tag) || sent.strip().equals("*"))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page.get());
    }

    /** The language of a page the server writes for this request. */
    public static Language languageOf(RoutingContext ctx) {
        Cookie picked = ctx.request().getCookie(Language.COOKIE);
        return Language.forPage(picked == null ? null : picked.getValue(),
                ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Says which language a page is in and what chose it (added to any Vary a filter set, not in its place). */
    public static void describe(RoutingContext ctx, Language language) {
        ctx.response().putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        ctx.response().headers().add(HttpHeaders.VARY, VARY);
    }
}
