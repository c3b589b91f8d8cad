package io.groundswell.integration.feed;

import java.time.Instant;

/** A feed as the admin API shows it, with the outcome of its last poll. */
public record FeedView(
        long id,
        String url,
        String source,
        String title,
        Instant lastPolledAt,
        Integer lastStatus,
        String lastError,
        Instant createdAt) {

    static FeedView of(Feed feed) {
        return new FeedView(
                feed.id,
                feed.url,
                feed.source,
                feed.title,
                feed.lastPolledAt,
                feed.lastStatus,
                feed.lastError,
                feed.createdAt);
    }
}
