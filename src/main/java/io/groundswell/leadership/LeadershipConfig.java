package io.groundswell.leadership;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of who-leads-what analytics ({@code groundswell.leadership.*}). */
@ConfigMapping(prefix = "groundswell.leadership")
public interface LeadershipConfig {

    /** Distinct raters (self excluded) a person needs on a topic before they may lead it. */
    @WithDefault("3")
    int minRaters();

    /** Best posts shown per leader. */
    @WithDefault("3")
    int bestPosts();

    /**
     * Posts of one topic read per request, the most rated first. A topic's unrated posts cannot
     * make anyone a leader, so only a very common word ever reaches this bound.
     */
    @WithDefault("5000")
    int maxPostsPerTopic();

    /** Posts of a window read for catalysts, the most rated first. */
    @WithDefault("20000")
    int maxPosts();

    /** Terms of a person's own posts examined as topics they might be recognised for. */
    @WithDefault("25")
    int topicCandidates();

    /** A person is recognised for a topic when they rank this high or higher among its leaders. */
    @WithDefault("5")
    int topicRank();

    /** Distinct authors a term needs to be a topic at all: one person alone does not make one. */
    @WithDefault("2")
    int minTopicAuthors();

    /** Departments (other than their own) that must rate a person highly for them to be a catalyst. */
    @WithDefault("3")
    int minDepartments();

    /** Mean stars from a department's raters that count as that department rating a person highly. */
    @WithDefault("4.0")
    double highStars();
}
