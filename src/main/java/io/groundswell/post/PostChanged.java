package io.groundswell.post;

/**
 * Fired inside the transaction that creates, updates, deletes or re-rates a post. Derived views
 * (the search index, analytics caches) observe it; the post package knows none of them.
 */
public record PostChanged(long postId) {}
