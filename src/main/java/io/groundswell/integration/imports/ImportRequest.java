package io.groundswell.integration.imports;

/**
 * The query parameters of an import: the format, and for Stack Exchange dumps the source of the
 * posts (default "stackexchange") and the site's URL, from which post links are made.
 */
public record ImportRequest(String format, String source, String siteUrl) {

    public static final String DEFAULT_SOURCE = "stackexchange";

    String sourceOrDefault() {
        return source == null || source.isBlank() ? DEFAULT_SOURCE : source;
    }
}
