package io.groundswell.search.terms;

import java.time.Instant;

/**
 * A slice of the posts for term statistics: a half-open time window [from, to) and optional
 * filters, each null when not filtering.
 */
public record TermSlice(Instant from, Instant to, String department, String source, String tag, String author) {

    public static TermSlice window(Instant from, Instant to) {
        return new TermSlice(from, to, null, null, null, null);
    }

    public TermSlice withWindow(Instant newFrom, Instant newTo) {
        return new TermSlice(newFrom, newTo, department, source, tag, author);
    }
}
