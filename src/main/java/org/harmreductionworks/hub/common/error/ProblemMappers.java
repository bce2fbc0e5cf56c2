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
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.harmreductionworks.hub.common.i18n.Language;
import org.harmreductionworks.hub.common.i18n.Text;
import org.harmreductionworks.hub.common.web.StrictJson;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerResponse;

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
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        if (e instanceof RateLimited limited) {
            long seconds = Math.max(1, limited.retryAfter().toSeconds());
            return problem(429, e.type(), e.detail(), uri, language)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
        }
        if (e instanceof ServiceUnavailable) {
            return problem(503, e.type(), e.detail(), uri, language).header(HttpHeaders.RETRY_AFTER, "60").build();
        }
        if (e instanceof Ambiguous ambiguous) {
            // The answer depends on the data behind it, which changes; a cache must not keep a 300 (RFC 9110 15.4.1).
            return problem(300, e.type().uri(), e.type().in(language), e.detail().in(language), uri, language,
                    List.of(), ambiguous.choices())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        return problem(e.status(), e.type(), e.detail(), uri, language).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        boolean returnValueBroken = e.getConstraintViolations().stream()
                .anyMatch(v -> lastNode(v.getPropertyPath()).getKind() == ElementKind.RETURN_VALUE);
        if (returnValueBroken) {
            return unexpected(e, uri, language);
        }
        // Bean Validation wrote each message in the request's language already (see RequestLocaleResolver).
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return invalid(400, violations, uri, language);
    }

    // Both the validator's own subclass and plain violations raised by services land here.
    @ServerExceptionMapper
    public Response restViolation(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e,
            UriInfo uri, HttpHeaders headers) {
        return constraintViolation(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        if (StrictJson.tooLong(e)) {
            // The rest of the body is still on its way: close rather than read it to keep the connection.
            return problem(413, ProblemType.TOO_LARGE, ProblemText.BODY_TOO_LARGE.with(), uri, language)
                    .header("Connection", "close").build();
        }
        if (e instanceof StrictJson.ControlCharacter text) {
            return invalid(400, List.of(new Problem.Violation(text.getPath().isEmpty() ? "request" : jsonPath(text),
                    ProblemText.FIELD_CONTROL_CHARACTER.in(language))), uri, language);
        }
        // Text that is not JSON (cut short, bytes that are not UTF-8) reaches us wrapped with the field being read
        // when it broke off; the field is not what is wrong.
        StreamReadException unreadable = causeOf(e, StreamReadException.class);
        if (unreadable != null) {
            Text detail = ProblemText.BODY_NOT_JSON.with();
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(unreadable.getOriginalMessage()));
            if (duplicate.find()) {
                detail = ProblemText.BODY_DUPLICATE_KEY.with(duplicate.group(1));
            }
            return problem(400, ProblemType.MALFORMED_BODY, detail, uri, language).build();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            boolean unknown = e instanceof UnrecognizedPropertyException;
            return problem(400, ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.in(language),
                    (unknown ? ProblemText.BODY_UNKNOWN_FIELD : ProblemText.BODY_VALUE_WRONG_TYPE).in(language), uri,
                    language, List.of(new Problem.Violation(jsonPath(mapping),
                            (unknown ? ProblemText.FIELD_UNKNOWN : ProblemText.FIELD_WRONG_TYPE).in(language))),
                    List.of()).build();
        }
        Text detail = e instanceof JsonMappingException ? ProblemText.BODY_WRONG_SHAPE.with()
                : ProblemText.BODY_NOT_JSON.with();
        return problem(400, ProblemType.MALFORMED_BODY, detail, uri, language).build();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return malformedJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, UriInfo uri, HttpHeaders headers) {
        Language language = languageOf(headers);
        return invalid(e.status(), e.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.message().in(language))).toList(), uri, language);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        // The JSON reader and the parameter converters report through a WebApplicationException; answer for the cause.
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri, headers);
        }
        if (e.getCause() instanceof InvalidInput invalid) {
            return invalidInput(invalid, uri, headers);
        }
        Language language = languageOf(headers);
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, language);
        }
        Response.ResponseBuilder builder;
        if (status == 404) {
            builder = problem(404, ProblemType.NOT_FOUND, ProblemText.ADDRESS_UNKNOWN.with(), uri, language);
        } else {
            String title = ProblemText.forStatus(status).in(language);
            String detail = switch (status) {
                case 405 -> ProblemText.METHOD_NOT_ALLOWED.in(language);
                case 406 -> ProblemText.REPRESENTATION_NOT_OFFERED.in(language);
                case 412 -> ProblemText.PRECONDITION_NOT_MET.in(language);
                case 415 -> ProblemText.CONTENT_TYPE_NOT_ACCEPTED.in(language);
                default -> title + ".";
            };
            builder = problem(status, "about:blank", title, detail, uri, language, List.of(), List.of());
        }
        copyHeader(e.getResponse(), builder, HttpHeaders.ALLOW);
        copyHeader(e.getResponse(), builder, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(e.getResponse(), builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return notSignedIn(uri, ProblemText.SIGN_IN_NEEDED, languageOf(headers));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return tokenRejected(e, uri, languageOf(headers));
    }

    // The OIDC layer raises this (rather than an authentication failure) when it cannot talk to the provider,
    // e.g. to fetch its signing keys; the network cause is not kept, so the type itself is the signal.
    @ServerExceptionMapper
    public Response oidc(OIDCException e, UriInfo uri, HttpHeaders headers) {
        return tokenRejected(e, uri, languageOf(headers));
    }

    private Response tokenRejected(RuntimeException e, UriInfo uri, Language language) {
        if (identityProviderUnreachable(e)) {
            LOG.warnf("Identity provider unreachable while checking a token: %s", e.getMessage());
            return problem(503, ProblemType.IDENTITY_PROVIDER_UNAVAILABLE, ProblemText.SIGN_IN_UNAVAILABLE.with(), uri,
                    language).header(HttpHeaders.RETRY_AFTER, "30").build();
        }
        return notSignedIn(uri, ProblemText.TOKEN_REJECTED, language);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return problem(403, ProblemType.FORBIDDEN, ProblemText.ACCOUNT_MAY_NOT.with(), uri, languageOf(headers))
                .build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleEdit(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return problem(409, ProblemType.STALE_EDIT, ProblemText.EDIT_STALE.with(), uri, languageOf(headers)).build();
    }

    @ServerExceptionMapper
    public Response anythingElse(Throwable e, UriInfo uri, HttpHeaders headers, HttpServerResponse sent) {
        Language language = languageOf(headers);
        if (readerWentAway(e, sent)) {
            // A feed reader that timed out, a phone that lost its signal: nothing failed here, and nobody is left
            // to read an answer, so no error id and no stack trace.
            LOG.infof("The reader of %s went away before the answer was sent", uri.getRequestUri().getRawPath());
            return Response.noContent().build();
        }
        if (databaseUnreachable(e)) {
            LOG.errorf("Database unreachable: %s", rootCause(e).toString());
            return problem(503, ProblemType.DATABASE_UNAVAILABLE, ProblemText.DATABASE_UNREACHABLE.with(), uri,
                    language).header(HttpHeaders.RETRY_AFTER, "10").build();
        }
        return unexpected(e, uri, language);
    }

    private Response unexpected(Throwable e, UriInfo uri, Language language) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, uri.getRequestUri().getRawPath());
        return problem(500, ProblemType.INTERNAL, ProblemText.UNEXPECTED.with(errorId), uri, language).build();
    }

    private Response notSignedIn(UriInfo uri, ProblemText detail, Language language) {
        return problem(401, "about:blank", ProblemText.HTTP_401.in(language), detail.in(language), uri, language,
                List.of(), List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response invalid(int status, List<Problem.Violation> violations, UriInfo uri, Language language) {
        return problem(status, ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.in(language),
                ProblemText.INPUT_INVALID.in(language), uri, language, violations, List.of()).build();
    }

    private static Response.ResponseBuilder problem(int status, ProblemType type, Text detail, UriInfo uri,
            Language language) {
        return problem(status, type.uri(), type.in(language), detail.in(language), uri, language, List.of(),
                List.of());
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail,
            UriInfo uri, Language language, List<Problem.Violation> violations, List<Problem.Choice> choices) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return ProblemLanguage.describe(Response.status(status), language)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, violations, choices));
    }

    private static Language languageOf(HttpHeaders headers) {
        return Language.preferredBy(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
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

    static boolean readerWentAway(Throwable e, HttpServerResponse sent) {
        if (sent == null || !sent.closed()) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
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

    /** The first of {@code e} and its causes that is a {@code type}, or null. */
    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
