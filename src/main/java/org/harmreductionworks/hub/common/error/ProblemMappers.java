package org.harmreductionworks.hub.common.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.harmreductionworks.hub.common.web.StrictJson;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches the REST layer into one {@link Problem}. Nothing about the server's
 * internals (class names, stack traces, SQL) goes on the wire; unexpected failures are logged with an id
 * that the response repeats, so a report from a user can be matched to the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Jackson's words for a key given twice, with strict duplicate detection on. */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.{1,100})'");

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        if (e instanceof RateLimited limited) {
            long seconds = Math.max(1, limited.retryAfter().toSeconds());
            return respond(429, e.type().uri(), e.type().title(), e.getMessage(), uri, List.of(),
                    Long.toString(seconds));
        }
        if (e instanceof ServiceUnavailable) {
            return respond(503, e.type().uri(), e.type().title(), e.getMessage(), uri, List.of(), "60");
        }
        if (e instanceof Ambiguous ambiguous) {
            // The answer depends on the data behind it, which changes; a cache must not keep a 300 (RFC 9110 15.4.1).
            return problem(300, e.type().uri(), e.type().title(), e.getMessage(), uri, List.of(), ambiguous.choices())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        return respond(e.status(), e.type().uri(), e.type().title(), e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValueBroken = e.getConstraintViolations().stream()
                .anyMatch(v -> lastNode(v.getPropertyPath()).getKind() == ElementKind.RETURN_VALUE);
        if (returnValueBroken) {
            return unexpected(e, uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(400, ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(),
                "Some of the input is not valid; see violations.", uri, violations);
    }

    // Both the validator's own subclass and plain violations raised by services land here.
    @ServerExceptionMapper
    public Response restViolation(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e,
            UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String detail = "The request body is not valid JSON.";
        if (StrictJson.tooLong(e)) {
            // The rest of the body is still on its way: close rather than read it to keep the connection.
            return Response.fromResponse(respond(413, ProblemType.TOO_LARGE.uri(), ProblemType.TOO_LARGE.title(),
                    "The request body is larger than this service accepts.", uri, List.of()))
                    .header("Connection", "close").build();
        }
        if (e instanceof StrictJson.ControlCharacter text) {
            return respond(400, ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(),
                    "Some of the input is not valid; see violations.", uri,
                    List.of(new Problem.Violation(text.getPath().isEmpty() ? "request" : jsonPath(text),
                            "must not contain control characters (such as NUL)")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            return respond(400, ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(),
                    "A value in the request body has the wrong type or format.", uri,
                    List.of(new Problem.Violation(field, "has the wrong type or format")));
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            detail = "The request body gives \"" + duplicate.group(1) + "\" more than once; send each key once.";
        }
        if (e instanceof JsonMappingException) {
            detail = "The request body does not have the expected shape.";
        }
        return respond(400, ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), detail, uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, UriInfo uri) {
        return respond(e.status(), ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(),
                "Some of the input is not valid; see violations.", uri,
                e.violations());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON reader and the parameter converters report through a WebApplicationException; answer for the cause.
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        if (e.getCause() instanceof InvalidInput invalid) {
            return invalidInput(invalid, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support that request method.";
            case 406 -> "None of the representations you accept is offered here.";
            case 415 -> "This content type is not accepted here; send application/json.";
            default -> title + ".";
        };
        String type = "about:blank";
        if (status == 404) {
            type = ProblemType.NOT_FOUND.uri();
            title = ProblemType.NOT_FOUND.title();
        }
        Response.ResponseBuilder builder = problem(status, type, title, detail, uri, List.of());
        copyHeader(e.getResponse(), builder, HttpHeaders.ALLOW);
        copyHeader(e.getResponse(), builder, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(e.getResponse(), builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return notSignedIn(uri, "Sign in to do this.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return tokenRejected(e, uri);
    }

    // The OIDC layer raises this (rather than an authentication failure) when it cannot talk to the provider,
    // e.g. to fetch its signing keys; the network cause is not kept, so the type itself is the signal.
    @ServerExceptionMapper
    public Response oidc(OIDCException e, UriInfo uri) {
        return tokenRejected(e, uri);
    }

    private Response tokenRejected(RuntimeException e, UriInfo uri) {
        if (identityProviderUnreachable(e)) {
            LOG.warnf("Identity provider unreachable while checking a token: %s", e.getMessage());
            return respond(503, ProblemType.IDENTITY_PROVIDER_UNAVAILABLE.uri(),
                    ProblemType.IDENTITY_PROVIDER_UNAVAILABLE.title(),
                    "Sign-in is unavailable right now. Everything public still works; please try again later.",
                    uri, List.of(), "30");
        }
        return notSignedIn(uri, "The access token is missing, expired or not valid here.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, ProblemType.FORBIDDEN.uri(), ProblemType.FORBIDDEN.title(),
                "Your account may not do this.", uri, List.of());
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleEdit(RuntimeException e, UriInfo uri) {
        return respond(409, ProblemType.STALE_EDIT.uri(), ProblemType.STALE_EDIT.title(),
                "Someone else changed this since you loaded it. Reload, reapply your change and save again.",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response anythingElse(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.errorf("Database unreachable: %s", rootCause(e).toString());
            return respond(503, ProblemType.DATABASE_UNAVAILABLE.uri(), ProblemType.DATABASE_UNAVAILABLE.title(),
                    "The service cannot reach its database right now. Please try again in a moment.", uri,
                    List.of(), "10");
        }
        return unexpected(e, uri);
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, uri.getRequestUri().getRawPath());
        return respond(500, ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(),
                "The request could not be completed. If this keeps happening, report error id " + errorId + ".",
                uri, List.of());
    }

    private Response notSignedIn(UriInfo uri, String detail) {
        return problem(401, "about:blank", "Unauthorized", detail, uri, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        return problem(status, type, title, detail, uri, violations).build();
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations, String retryAfterSeconds) {
        return problem(status, type, title, detail, uri, violations)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail,
            UriInfo uri, List<Problem.Violation> violations) {
        return problem(status, type, title, detail, uri, violations, List.of());
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail,
            UriInfo uri, List<Problem.Violation> violations, List<Problem.Choice> choices) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, violations, choices));
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    /** The client-facing name of a violated input: the query/path parameter or the JSON property path. */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> {
                    // A query or path parameter is named; a request body's Java parameter name means nothing to
                    // the client, so a body is named by the property path that follows it.
                    if (isLast(violation.getPropertyPath(), node)) {
                        append(field, node.getName());
                    }
                }
                default -> {
                    // A list element's node is named "<list element>"; it only adds the index.
                    if (node.getName() == null || !node.getName().startsWith("<")) {
                        append(field, node.getName());
                    }
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    private static void append(StringBuilder field, String name) {
        if (name == null) {
            return;
        }
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(name);
    }

    private static boolean isLast(Path path, Path.Node node) {
        return lastNode(path) == node;
    }

    private static Path.Node lastNode(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQLSTATE class 08 is "connection exception" on every database we support; 57P01-57P03 are
            // PostgreSQL's "shutting down / cannot connect now", what a query in flight meets when the server stops.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Whether the failure, its causes or what they suppressed show that the provider could not be reached. */
    static boolean identityProviderUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isNetworkFailure(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (identityProviderUnreachable(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNetworkFailure(Throwable t) {
        return t instanceof OIDCException
                || t instanceof java.net.ConnectException
                || t instanceof java.net.UnknownHostException
                || t instanceof java.net.NoRouteToHostException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof io.netty.channel.ConnectTimeoutException;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
