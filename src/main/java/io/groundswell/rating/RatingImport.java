package io.groundswell.rating;

import io.groundswell.person.PersonDirectory.PersonRef;
import java.time.Instant;

/**
 * One rating of a batch import (demo data, forum dumps): who gave how many stars to which post, and
 * when, if the source knows ({@code null} means now). An import's dates are trusted as far as they
 * can be: one before the post's creation (a dump that records votes by the day) counts from the
 * post's creation, one in the future from now.
 */
public record RatingImport(long postId, PersonRef rater, int stars, Instant ratedAt) {

    /** A rating given now. */
    public RatingImport(long postId, PersonRef rater, int stars) {
        this(postId, rater, stars, null);
    }
}
