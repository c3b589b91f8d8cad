package io.groundswell.trend;

import java.util.List;

/**
 * One trending word or phrase.
 *
 * @param term the display form: the most common way people wrote it ("Kubernetes")
 * @param key the analysed form, to look the term up again ({@code /api/trends/{key}})
 * @param score the lift's lower confidence bound: the rank of the term (see {@code lowerBound})
 * @param posts posts in the window that contain it
 * @param baselinePosts posts in the baseline that contain it
 * @param change relative change of its share of posts against the baseline (1.5 = +150%)
 * @param isNew whether it was absent from the baseline
 * @param authors distinct authors in the window
 * @param daily posts per day of the window, oldest first, for a sparkline
 * @param bestPosts its best-rated posts in the window
 * @param leaders who leads it: the people whose posts on it their peers rate highest
 * @param expected posts expected at the baseline rate for the window's volume (2 prior posts added)
 * @param lift posts seen (one author's beyond three not counted) over posts expected, times the
 *     mean rating weight of its posts against the window's
 * @param lowerBound a lower confidence bound of the lift: the terms are ranked by it
 * @param lowConfidence whether the rise may be chance (the lower bound is not above 1)
 * @param story the key of the story the term belongs to: the key of that story's first term (see
 *     {@link Story}); the term's own key when it tells a story of its own
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
        List<LeaderRef> leaders,
        double expected,
        double lift,
        double lowerBound,
        boolean lowConfidence,
        String story) {

    /** A post as a trend links to it. */
    public record PostRef(long id, String title, String url, double score, int ratings) {}

    /** A leader of the term, as shown beside it; details at {@code /api/leaders?topic=}. */
    public record LeaderRef(String id, String displayName, int raters, double score) {}

    public TrendTerm withLeaders(List<LeaderRef> newLeaders) {
        return with(term, bestPosts, newLeaders, story);
    }

    /** The same term as described by its posts: display form and best posts. */
    public TrendTerm withPosts(String displayForm, List<PostRef> newBestPosts) {
        return with(displayForm, newBestPosts, leaders, story);
    }

    /** The same term as a member of the story whose first term has the key {@code storyKey}. */
    public TrendTerm inStory(String storyKey) {
        return with(term, bestPosts, leaders, storyKey);
    }

    /** A copy with what the ranking adds after counting: display form, best posts, leaders, story. */
    private TrendTerm with(
            String displayForm, List<PostRef> newBestPosts, List<LeaderRef> newLeaders, String storyKey) {
        return new TrendTerm(
                displayForm,
                key,
                phrase,
                score,
                posts,
                baselinePosts,
                change,
                isNew,
                authors,
                daily,
                newBestPosts,
                newLeaders,
                expected,
                lift,
                lowerBound,
                lowConfidence,
                storyKey);
    }
}
