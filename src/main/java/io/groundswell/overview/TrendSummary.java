package io.groundswell.overview;

import io.groundswell.trend.TrendReport.Filters;
import java.time.Instant;

/**
 * The headline figures of a window against the window of the same length just before it.
 *
 * @param previousFrom where the previous window starts; it ends at {@code from}
 * @param enoughPosts posts a window needs before its trends say much
 * @param enoughData whether the window has that many posts
 */
public record TrendSummary(
        String window,
        Instant from,
        Instant to,
        Instant previousFrom,
        Filters filters,
        Figures current,
        Figures previous,
        int enoughPosts,
        boolean enoughData) {

    /**
     * What happened in one window.
     *
     * @param posts posts written in the window
     * @param ratings ratings given in the window to posts of the slice, self-ratings left out
     * @param people distinct people who wrote a post of the window or gave one of those ratings
     */
    public record Figures(int posts, int ratings, int people) {}
}
