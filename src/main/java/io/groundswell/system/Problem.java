package io.groundswell.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx. {@code type} is a relative URI
 * naming the kind of problem; {@code errors} lists offending fields for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * The attribute of an {@code AuthenticationFailedException} that says why, when the refusal has
     * more to say than "wrong credentials" (a disabled account): answered as it is, without a challenge.
     */
    public static final String OF_AUTHENTICATION_FAILURE = "groundswell.problem";

    public record FieldError(String field, String message) {}

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("/problems/" + slug, title, status, detail, List.of());
    }
}
