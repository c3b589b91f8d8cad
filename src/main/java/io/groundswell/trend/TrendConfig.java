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

    /** How far back before the window the baseline reaches at least. */
    @WithDefault("P90D")
    Duration baseline();

    /** Window lengths the baseline spans at least, so a quarter is compared with more than a quarter. */
    @WithDefault("3")
    int baselineWindows();

    /**
     * Posts the baseline reaches back for (up to 20 years), so quiet sources have a real one. More
     * is not better: the further back it reaches, the more a window is compared with a distant
     * past rather than with its recent months (on the Stack Exchange dumps 200 found fewer bursts).
     */
    @WithDefault("100")
    int baselinePosts();

    /**
     * Standard errors of the confidence bounds of a lift (3: one-sided 99.9%); a rise whose lower
     * bound stays at or below 1 is shown flagged as low-confidence. Wide bounds rank a rise seen in
     * many posts above an equal one seen in few: on the Stack Exchange dumps 3 found more bursts
     * than 1.645 or 2.33.
     */
    @WithDefault("3")
    double confidence();

    /**
     * Posts every term is assumed to have had in the baseline besides its own (a gamma prior on its
     * rate): a word never seen before is not infinitely surprising, so the words of one new thread
     * do not crowd out a known topic that tripled. On the Stack Exchange dumps 2 found the most
     * bursts (0, 0.5, 1, 2, 4 tried).
     */
    @WithDefault("2")
    double priorPosts();

    /** Terms a window answers at least, if it has posts enough to say that many (20). */
    @WithDefault("10")
    int minTerms();

    /**
     * Posts a window needs before its trends say much: with fewer, the overview says there is too
     * little data rather than show a few chance words as rising.
     */
    @WithDefault("20")
    int enoughPosts();

    /** Falling terms listed per report. */
    @WithDefault("10")
    int fallingSize();

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
