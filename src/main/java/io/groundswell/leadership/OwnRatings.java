package io.groundswell.leadership;

import java.time.Instant;
import java.util.List;

/**
 * A person's own ratings, newest first: the one answer that tells who rated what, given only to
 * the rater.
 *
 * @param id the person's key
 * @param total all their ratings, of which {@code ratings} is one page
 */
public record OwnRatings(String id, long total, List<OwnRating> ratings) {

    public record OwnRating(long postId, String title, String url, int stars, Instant ratedAt) {}
}
