package io.groundswell.trend;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of trend analytics ({@code groundswell.trends.*}). */
@ConfigMapping(prefix = "groundswell.trends")
public interface TrendConfig {

    /** Posts in the window a term needs before it may trend. */
    @WithDefault("3")
    int minPosts();

    /** Distinct authors a term needs before it may trend: one loud person cannot make a topic. */
    @WithDefault("2")
    int minAuthors();

    /** Posts of one author that add weight to a term; more of theirs count as nothing extra. */
    @WithDefault("3")
    int maxPostsPerAuthor();

    /** How far back before the window the baseline reaches. */
    @WithDefault("P90D")
    Duration baseline();

    /**
     * Chi-square a rise must reach against the baseline to count (6.63: p < 0.01), so that the
     * ordinary ups and downs of everyday words never show as trends.
     */
    @WithDefault("6.63")
    double minChiSquare();

    /** Terms examined in detail after the first, cheap pass. */
    @WithDefault("400")
    int candidates();

    /** Log-likelihood ratio a two-word phrase needs to count as a collocation (10.83: p < 0.001). */
    @WithDefault("10.83")
    double collocationThreshold();

    /** Quiet time after the last change before snapshots are recomputed. */
    @WithDefault("PT3S")
    Duration debounce();

    /** Longest time a snapshot waits under continuous changes. */
    @WithDefault("PT30S")
    Duration maxStaleness();

    /** How often the snapshot job looks for changes (read by its @Scheduled expression). */
    @WithDefault("2s")
    String checkEvery();

    /** Delay before the snapshot job first runs after start. */
    @WithDefault("5s")
    String firstCheckAfter();

    /** Trends kept per snapshot. */
    @WithDefault("100")
    int snapshotSize();
}
