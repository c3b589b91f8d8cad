package io.groundswell.integration.feed;

import io.groundswell.post.BodyFormat;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, as Rome read it, with links already absolute. Nulls where the feed said
 * nothing: {@code id} (guid or atom:id), {@code author}, {@code published}.
 */
record FeedEntry(
        String id,
        String link,
        String title,
        String body,
        BodyFormat format,
        String author,
        Instant published,
        List<String> tags) {}
