package io.groundswell.leadership;

import java.time.Instant;
import java.util.List;

/**
 * The people leading one topic in one window, best first.
 *
 * @param topic the topic's analysed key, as trends report it
 */
public record Leaderboard(String topic, String window, Instant from, Instant to, List<Leader> leaders) {

    /**
     * One leader of a topic.
     *
     * @param id the person's key
     * @param department null when fewer people than the privacy threshold belong to it
     * @param posts their posts on the topic in the window
     * @param raters distinct people, other than themselves, who rated those posts
     * @param meanStars the raters' mean stars, each rater counting once
     * @param score peer recognition, see {@link LeaderScore}
     * @param bestPosts their best-rated posts on the topic
     */
    public record Leader(
            String id,
            String displayName,
            String department,
            int posts,
            int raters,
            double meanStars,
            double score,
            List<BestPost> bestPosts) {}

    /** A post as a leader's entry links to it, with its ratings by others than its author. */
    public record BestPost(long id, String title, String url, double score, int ratings) {}
}
