package io.groundswell.system;

/**
 * The validation group of {@code @Pattern} constraints. A request record names it after itself
 * in its {@code @GroupSequence}, so its patterns run only once its length limits passed and no
 * regular expression ever reads an over-long value. The OpenAPI document shows only constraints
 * of the default group, so each such field repeats its pattern in {@code @Schema}. {@link
 * SourceName} and {@link HttpUrl} are the patterns that several requests share.
 */
public interface PatternChecks {

    /** A source, as posts, keys and feeds name it. */
    String SOURCE = "[a-z0-9][a-z0-9._-]*";

    String SOURCE_MESSAGE = "use lower-case letters, digits and . _ -";

    /** An absolute http(s) URL. */
    String HTTP_URL = "https?://\\S+";
}
