package org.harmreductionworks.hub.common.web;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.ProblemType;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every response; requests refused before any resource runs (control characters in the
 * address, a body over the limit), answered as problem+json; and the API's CORS policy: any origin may read (other
 * tools pull our data), only the app itself and configured origins may write.
 */
@ApplicationScoped
public class WebFilters {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final String ALLOWED_REQUEST_HEADERS =
            "Authorization, Content-Type, Accept, If-None-Match, If-Modified-Since, If-Match, Idempotency-Key";
    /** RFC 9110's token: what a method name may be made of. */
    private static final Pattern METHOD_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}");
    /**
     * No path or query may carry a control character, encoded or not: PostgreSQL refuses NUL in text (a 500 deep
     * in a query), and the rest would end up in feeds and XML where they are not allowed either.
     */
    private static final Pattern CONTROL_IN_ADDRESS = Pattern.compile("[\\x00-\\x1f\\x7f]|%(?:[01][0-9a-fA-F]|7[fF])");
    private static final String EXPOSED_HEADERS =
            "ETag, Last-Modified, Location, Retry-After, Link, Idempotent-Replayed";

    @Inject
    HubConfig config;

    @Inject
    AppPage appPage;

    private String appCsp;
    private String swaggerCsp;
    private Set<String> writeOrigins;
    // Vite's dev server injects inline scripts and styles; the policy is enforced everywhere else.
    private final boolean enforceCsp = LaunchMode.current() != LaunchMode.DEVELOPMENT;

    void register(@Observes Filters filters) {
        String oidcOrigin = originOf(config.web().oidcAuthority());
        String connect = "'self'" + (oidcOrigin == null ? "" : " " + oidcOrigin);
        // Map tiles are the one third-party host the app may load from, and only when one is configured.
        String tileOrigin = config.web().mapTileUrl().map(WebFilters::templateOrigin).orElse(null);
        String images = "'self' data:" + (tileOrigin == null ? "" : " " + tileOrigin);
        // The build puts the app's stylesheet into its page, so the page can paint without waiting for another file.
        StringBuilder styles = new StringBuilder("'self'");
        appPage.inlineStyleSources().forEach(source -> styles.append(' ').append(source));
        appCsp = "default-src 'self'; script-src 'self'; style-src " + styles + "; img-src " + images + "; font-src 'self'; "
                + "connect-src " + connect + "; form-action 'self'" + (oidcOrigin == null ? "" : " " + oidcOrigin)
                + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        // Swagger UI's bundled page bootstraps itself with an inline script; it gets its own, looser policy.
        swaggerCsp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        writeOrigins = new LinkedHashSet<>();
        config.web().allowedOrigins().orElse(List.of()).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).map(WebFilters::stripTrailingSlash)
                .forEach(writeOrigins::add);

        filters.register(this::securityHeaders, 100);
        filters.register(this::refuseMalformedRequests, 95);
        filters.register(this::cors, 90);
    }

    private void securityHeaders(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        String path = ctx.normalizedPath();
        if (enforceCsp) {
            String csp = path.startsWith("/q/swagger-ui") ? swaggerCsp : appCsp;
            // A resource may send a stricter policy of its own (the standalone script page does); keep it.
            ctx.addHeadersEndHandler(v -> {
                if (!response.headers().contains("Content-Security-Policy")) {
                    response.putHeader("Content-Security-Policy", csp);
                }
            });
        }
        if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
            // Built assets carry a content hash in their names; the HTML shell must always be revalidated.
            response.putHeader(HttpHeaders.CACHE_CONTROL,
                    path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        }
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", "no-referrer");
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("Permissions-Policy", "camera=(), microphone=(), payment=(), interest-cohort=()");
        // No Cross-Origin-Opener-Policy: it makes the browser start a new process for a page opened from a link,
        // which delayed a newcomer's first results by about 150 ms (bench/README.md). It would only guard against
        // a page that opened ours reaching into it, and there is nothing to reach: no frames, no window messages,
        // tokens kept in this tab's sessionStorage.
        ctx.next();
    }

    private void refuseMalformedRequests(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (CONTROL_IN_ADDRESS.matcher(request.uri()).find()) {
            EdgeProblems.write(ctx, 400, ProblemType.MALFORMED_REQUEST, ProblemText.ADDRESS_CONTROL_CHARACTER.with());
            return;
        }
        // Quarkus refuses a declared length over the limit with an empty 413 before any mapper runs; say why.
        if (declaredLength(request) > StrictJson.MAX_BODY_BYTES) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            EdgeProblems.write(ctx, 413, ProblemType.TOO_LARGE,
                    ProblemText.BODY_TOO_LARGE_LIMIT.with(StrictJson.MAX_BODY_BYTES / 1024));
            return;
        }
        Preconditions.dropUnreadableDates(request.headers());
        ctx.next();
    }

    private static long declaredLength(HttpServerRequest request) {
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void cors(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !ctx.normalizedPath().startsWith("/api/")) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response();
        String requestedMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        boolean preflight = request.method() == HttpMethod.OPTIONS && requestedMethod != null;
        if (preflight && !METHOD_TOKEN.matcher(requestedMethod).matches()) {
            EdgeProblems.write(ctx, 400, ProblemType.MALFORMED_REQUEST, ProblemText.PREFLIGHT_METHOD_INVALID.with());
            return;
        }
        HttpMethod method = preflight ? HttpMethod.valueOf(requestedMethod.toUpperCase()) : request.method();
        boolean mayWrite = sameOrigin(origin, request) || writeOrigins.contains(stripTrailingSlash(origin));

        if (READS.contains(method) && !mayWrite) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else if (mayWrite) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            // Added as the headers go out, beside any Vary the answer itself sets (Accept-Language on a problem).
            ctx.addHeadersEndHandler(v -> response.headers().add(HttpHeaders.VARY, HttpHeaders.ORIGIN));
        } else {
            // A browser page from an unknown origin tries to change data: refuse before anything runs.
            forbidCrossOriginWrite(ctx, origin);
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        if (preflight) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                    mayWrite ? "GET, HEAD, POST, PUT, PATCH, DELETE" : "GET, HEAD");
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_REQUEST_HEADERS);
            response.putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
            response.setStatusCode(204).end();
            return;
        }
        ctx.next();
    }

    private static void forbidCrossOriginWrite(RoutingContext ctx, String origin) {
        EdgeProblems.write(ctx, 403, ProblemType.FORBIDDEN, ProblemText.CROSS_ORIGIN_WRITE.with(origin));
    }

    private static boolean sameOrigin(String origin, HttpServerRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String originOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The origin of a tile URL template; "{s}" subdomains are allowed as a wildcard. */
    static String templateOrigin(String template) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?://[^/?#]+)").matcher(template.trim());
        return m.find() ? m.group(1).replace("{s}.", "*.") : null;
    }

    private static String stripTrailingSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
