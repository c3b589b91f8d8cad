package io.groundswell.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results. {@code total} and {@code facets} count every matching post, not only
 * this page; facets map dimension (source, department, tag) to value to count, largest first.
 * {@code notice} (or null) says what was searched instead when the query syntax could not be used;
 * {@code suggestion} (or null) is the query with better spelt words, which finds more posts.
 */
public record SearchResponse(
        long total,
        int offset,
        int limit,
        List<SearchHit> hits,
        Map<String, Map<String, Long>> facets,
        String notice,
        String suggestion) {}
