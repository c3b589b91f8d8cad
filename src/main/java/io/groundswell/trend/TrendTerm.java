package io.groundswell.trend;

import java.util.List;

/**
 * One trending word or phrase.
 *
 * @param term the display form: the most common way people wrote it ("Kubernetes")
 * @param key the analysed form, to look the term up again ({@code /api/trends/{key}})
 * @param score JLH significance against the baseline, on rating-weighted shares
 * @param posts posts in the window that contain it
 * @param baselinePosts posts in the baseline that contain it
 * @param change relative change of its share of posts against the baseline (1.5 = +150%)
 * @param isNew whether it was absent from the baseline
 * @param authors distinct authors in the window
 * @param daily posts per day of the window, oldest first, for a sparkline
 * @param bestPosts its best-rated posts in the window
 * @param leaders who leads it: the people whose posts on it their peers rate highest
 */
public record TrendTerm(
        String term,
        String key,
        boolean phrase,
        double score,
        int posts,
        int baselinePosts,
        double change,
        boolean isNew,
        int authors,
        int[] daily,
        List<PostRef> bestPosts,
        List<LeaderRef> leaders) {

    /** A post as a trend links to it. */
    public record PostRef(long id, String title, String url, double score, int ratings) {}

    /** A leader of the term, as shown beside it; details at {@code /api/leaders?topic=}. */
    public record LeaderRef(String id, String displayName, int raters, double score) {}

    public TrendTerm withLeaders(List<LeaderRef> newLeaders) {
        return new TrendTerm(
                term, key, phrase, score, posts, baselinePosts, change, isNew, authors, daily, bestPosts, newLeaders);
    }
}
