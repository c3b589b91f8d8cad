package io.groundswell.trend;

import io.groundswell.search.terms.TermSlice;
import io.groundswell.search.terms.TermStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Chooses the period a window is compared with: at least the configured span and a few window
 * lengths, reaching further back, twice as far each time, until it holds enough posts. A fixed
 * span left quarter and year windows, and quiet sources, with a baseline of a few dozen posts in
 * which every word looked new.
 */
@ApplicationScoped
class Baselines {

    /** As far back as a window may span: whole archives, not centuries. */
    private static final Duration LONGEST = Duration.ofDays(7305);

    private final TermStatistics statistics;
    private final TrendConfig config;

    Baselines(TermStatistics statistics, TrendConfig config) {
        this.statistics = statistics;
        this.config = config;
    }

    /** The baseline of a window, for the posts that {@code slice} (the window's) keeps. */
    TrendWindow of(TrendWindow window, TermSlice slice) {
        Duration span = window.length().multipliedBy(config.baselineWindows());
        if (span.compareTo(config.baseline()) < 0) {
            span = config.baseline();
        }
        while (true) {
            TrendWindow baseline = window.baseline(span);
            boolean enough =
                    statistics.posts(slice.withWindow(baseline.from(), baseline.to())) >= config.baselinePosts();
            if (enough || span.compareTo(LONGEST) >= 0) {
                return baseline;
            }
            span = span.multipliedBy(2);
            if (span.compareTo(LONGEST) > 0) {
                span = LONGEST;
            }
        }
    }
}
