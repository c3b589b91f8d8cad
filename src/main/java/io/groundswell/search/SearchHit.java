package io.groundswell.search;

import io.groundswell.post.Post;
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
        String url) {

    /** A post loaded with its author and tags, shown with this snippet; its body is not rendered. */
    static SearchHit of(Post post, String snippet) {
        return new SearchHit(
                post.id,
                post.title,
                snippet,
                post.source,
                new PostView.Author(post.author.key, post.author.displayName, post.author.department),
                post.createdAt,
                List.copyOf(post.tags),
                post.ratingSummary(),
                post.url);
    }
}
