package io.groundswell.rating;

import io.groundswell.post.RatingSummary;
import java.time.Instant;

/** A rater's own rating of a post, with the post's summary after it. Shown only to that rater. */
public record RatingView(long postId, int stars, Instant updatedAt, RatingSummary summary) {}
