package io.groundswell.post;

import java.time.Instant;
import java.util.List;

/**
 * A post as the API returns it, with its rating summary. {@code text} is the body as plain text to
 * show (HTML reduced to its text), so that clients never read HTML themselves; {@code bodyHtml} is
 * the body rendered and sanitised by {@link BodyHtml}, for clients that show it formatted.
 * {@code thread} is the thread's key, the post's own external id when it named none.
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
        String bodyHtml,
        Author author,
        Instant createdAt,
        Instant updatedAt,
        List<String> tags,
        RatingSummary rating,
        String thread,
        PostKind kind) {

    public record Author(String id, String displayName, String department) {}

    /** The post with its body already rendered (see {@link RenderedBodies}). */
    static PostView of(Post post, String bodyHtml) {
        return new PostView(
                post.id,
                post.source,
                post.externalId,
                post.url,
                post.title,
                post.body,
                post.bodyFormat,
                ReadableText.of(post.body, post.bodyFormat),
                bodyHtml,
                new Author(post.author.key, post.author.displayName, post.author.department),
                post.createdAt,
                post.updatedAt,
                List.copyOf(post.tags),
                post.ratingSummary(),
                post.threadKey(),
                post.kind);
    }
}
