package io.groundswell.post;

/**
 * Fired inside the transaction that creates, updates, deletes or re-rates a post. Derived views
 * (the search index, analytics caches) observe it; the post package knows none of them.
 *
 * @param ratingOnly true when only the post's rating summary changed: the search index then
 *     updates two numbers in place instead of analysing the whole post again
 */
public record PostChanged(long postId, boolean ratingOnly) {

    /** The post was created, edited or deleted. */
    public static PostChanged content(long postId) {
        return new PostChanged(postId, false);
    }

    /** Only the post's rating summary changed. */
    public static PostChanged rating(long postId) {
        return new PostChanged(postId, true);
    }
}
