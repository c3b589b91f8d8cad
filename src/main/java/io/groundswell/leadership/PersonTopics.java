package io.groundswell.leadership;

import java.time.Instant;
import java.util.List;

/**
 * The topics a person's peers recognise them for in a window, best standing first.
 *
 * @param id the person's key
 */
public record PersonTopics(String id, String displayName, String window, Instant from, Instant to, List<Topic> topics) {

    /**
     * One topic the person leads.
     *
     * @param topic the topic's analysed key
     * @param rank their place among the topic's leaders, 1 for the first
     * @param posts their posts on the topic in the window
     * @param raters distinct people, other than themselves, who rated those posts
     * @param score peer recognition, see {@link LeaderScore}
     */
    public record Topic(String topic, int rank, int posts, int raters, double meanStars, double score) {}
}
