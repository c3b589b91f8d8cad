package io.groundswell.search;

import io.groundswell.post.PostView;
import io.groundswell.post.RatingSummary;
import java.time.Instant;
import java.util.List;

/** One post in search results. {@code snippet} is HTML: escaped text with {@code <mark>} around matches. */
public record SearchHit(
        long id,
        String title,
        String snippet,
        String source,
        PostView.Author author,
        Instant createdAt,
        List<String> tags,
        RatingSummary rating,
        String url) {}
