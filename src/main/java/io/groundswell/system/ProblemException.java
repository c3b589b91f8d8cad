package io.groundswell.system;

import java.util.List;

/** Thrown anywhere to answer with a specific problem; mapped to problem+json in one place. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    /** Seconds the client should wait before trying again, sent as {@code Retry-After}; 0 for none. */
    private final long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, 0);
    }

    private ProblemException(Problem problem, long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "bad-request", "Bad request", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(
                "/problems/validation",
                "Invalid input",
                400,
                field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }

    /** 429 with {@code Retry-After}: the client must wait at least that many seconds (at least 1). */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(
                Problem.of(429, "too-many-requests", "Too many requests", detail), Math.max(1, retryAfterSeconds));
    }

    /** 503 with {@code Retry-After}: the server is too busy now, nothing was changed. */
    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(
                Problem.of(503, "unavailable", "Service unavailable", detail), Math.max(1, retryAfterSeconds));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Problem.of(413, "too-large", "Payload too large", detail));
    }
}
