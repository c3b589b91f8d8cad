package io.groundswell.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results. {@code total} and {@code facets} count every matching post, not only
 * this page; facets map dimension (source, department, tag) to value to count, largest first.
 */
public record SearchResponse(
        long total, int offset, int limit, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {}
