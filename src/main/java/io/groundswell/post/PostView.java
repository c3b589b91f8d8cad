package io.groundswell.post;

import java.time.Instant;
import java.util.List;

/**
 * A post as the API returns it, with its rating summary. {@code text} is the body as plain text to
 * show (HTML reduced to its text), so that clients never read HTML themselves.
 */
public record PostView(
        Long id,
        String source,
        String externalId,
        String url,
        String title,
        String body,
        BodyFormat bodyFormat,
        String text,
        Author author,
        Instant createdAt,
        Instant updatedAt,
        List<String> tags,
        RatingSummary rating) {

    public record Author(String id, String displayName, String department) {}

    public static PostView of(Post post) {
        return new PostView(
                post.id,
                post.source,
                post.externalId,
                post.url,
                post.title,
                post.body,
                post.bodyFormat,
                ReadableText.of(post.body, post.bodyFormat),
                new Author(post.author.key, post.author.displayName, post.author.department),
                post.createdAt,
                post.updatedAt,
                List.copyOf(post.tags),
                post.ratingSummary());
    }
}
