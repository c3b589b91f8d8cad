package io.groundswell.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become responses. Every error is problem+json; messages are
 * written for API users and never carry stack traces, class names or SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** The header scripts send, by a convention older than fetch(), to say they are not a page load. */
    static final String REQUESTED_WITH = "X-Requested-With";

    static final String XML_HTTP_REQUEST = "XMLHttpRequest";

    /** What every 401 challenges: a scheme browsers do not answer with a password dialog. */
    public static final String CHALLENGE = "Bearer realm=\"Groundswell\"";

    /** Seconds a client is asked to wait before repeating a request the database was too busy for. */
    static final String RETRY_AFTER_SECONDS = "1";

    /** The message of the IOException Quarkus REST throws when a chunked body passes the size limit. */
    private static final String BODY_OVER_LIMIT = "Request too large";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e.retryAfterSeconds() > 0) {
            return Response.fromResponse(respond(e.problem()))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .build();
        }
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail =
                errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return respond(new Problem("/problems/validation", "Invalid input", 400, detail, errors));
    }

    // Quarkus ships its own mappers for the subclasses; ours is registered for each, as specific.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        JsonParseException.class
    })
    public Response json(JsonProcessingException e) {
        return respond(JsonProblems.describe(e));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, HttpHeaders request) {
        if (e.getAttribute(Problem.OF_AUTHENTICATION_FAILURE) instanceof Problem problem) {
            return respond(problem);
        }
        return unauthorized("The credentials are missing, wrong, expired or revoked.", request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders request) {
        return unauthorized(
                "This endpoint needs a session (POST /api/session), HTTP Basic credentials or an API key"
                        + " (Authorization: Bearer).",
                request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this request."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(JsonProblems.describe(json));
        }
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info == null ? "Error" : info.getReasonPhrase();
        String detail =
                switch (status) {
                    case 404 -> "There is nothing at this address.";
                    case 405 -> "This method is not allowed here.";
                    case 406 -> "This resource cannot answer in the requested media type.";
                    case 415 -> "This media type is not accepted here; send application/json.";
                    default -> status >= 500 ? "The server failed to answer this request." : title;
                };
        return respond(Problem.of(status, slug(title), title, detail));
    }

    /**
     * A chunked body that outgrows the limit while it is read: the HTTP layer has already answered
     * 413 and closed, so this is no incident. The answer then carries no entity, since writing one
     * to a response already sent failed and was logged as an error with its stack trace.
     */
    @ServerExceptionMapper
    public Response unreadBody(java.io.IOException e, HttpServerRequest request) {
        if (BODY_OVER_LIMIT.equals(e.getMessage())) {
            LOG.warn("A request body grew past the limit while it was read; the HTTP layer answered 413");
            if (request.response().headWritten()) {
                return Response.status(413).build();
            }
            return respond(Problem.of(413, "too-large", "Payload too large", "The body is over the limit."));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(e);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(Problem.of(
                500,
                "internal",
                "Internal error",
                "The server failed to answer this request; quote incident " + incident + " to an administrator."));
    }

    /**
     * The database was too busy for this request (no free connection in time, a lock timeout) and
     * nothing was stored: a 503 the client may retry, not an incident with a stack trace.
     */
    private static Response unavailable(Throwable e) {
        LOG.warnf("The database was too busy for a request, answered 503: %s", e.getMessage());
        return Response.fromResponse(respond(Problem.of(
                        503,
                        "unavailable",
                        "Service unavailable",
                        "The server is too busy to answer this request now; nothing was changed. Retry after "
                                + RETRY_AFTER_SECONDS
                                + " s.")))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /**
     * A 401 with a challenge, except for script requests that say so with {@code X-Requested-With:
     * XMLHttpRequest}, which need none. Never a Basic challenge: a browser answers one with its own
     * password dialog and then keeps sending the password it was given to this origin. Basic
     * credentials sent unasked are still accepted; {@link #CHALLENGE} names the scheme of API keys.
     */
    private static Response unauthorized(String detail, HttpHeaders request) {
        Response.ResponseBuilder response = Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "unauthorized", "Unauthorized", detail));
        if (!fromScript(request)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response.build();
    }

    private static boolean fromScript(HttpHeaders request) {
        return request != null && XML_HTTP_REQUEST.equalsIgnoreCase(request.getHeaderString(REQUESTED_WITH));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "create.request.tags[3]": drop the method and parameter names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
