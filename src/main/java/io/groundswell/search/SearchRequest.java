package io.groundswell.search;

import java.time.Instant;
import java.util.List;

/**
 * A validated search: the query text (empty for every post), filters (all must hold; every tag must be present), order
 * and page. Built from HTTP parameters by {@link SearchParams#toRequest()}.
 */
public record SearchRequest(
        String text,
        Instant from,
        Instant to,
        String source,
        String department,
        List<String> tags,
        String author,
        Order order,
        int offset,
        int limit) {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public enum Order {
        /** Best match first; the title counts double. */
        RELEVANCE,
        /** Highest confidence-adjusted rating first, then newest. */
        TOP,
        /** Newest first. */
        NEW
    }

    public SearchRequest {
        tags = List.copyOf(tags);
    }
}
