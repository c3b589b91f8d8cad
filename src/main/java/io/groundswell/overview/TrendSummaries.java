package io.groundswell.overview;

import io.groundswell.overview.TrendSummary.Figures;
import io.groundswell.rating.Rating;
import io.groundswell.rating.Rating.RaterActivity;
import io.groundswell.search.terms.TermPosts;
import io.groundswell.search.terms.TermStatistics;
import io.groundswell.trend.TrendConfig;
import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts the headline figures of a window and of the one before it: posts and their authors from
 * the index, ratings and their raters from the rating table (the index knows how many ratings a
 * post has, not when they were given).
 */
@ApplicationScoped
public class TrendSummaries {

    private final TermStatistics statistics;
    private final TrendConfig config;

    TrendSummaries(TermStatistics statistics, TrendConfig config) {
        this.statistics = statistics;
        this.config = config;
    }

    @Transactional
    public TrendSummary summarise(TrendWindow window, Filters filters) {
        TrendWindow previous = window.previous();
        Figures current = figures(window, filters);
        return new TrendSummary(
                window.label(),
                window.from(),
                window.to(),
                previous.from(),
                filters,
                current,
                figures(previous, filters),
                config.enoughPosts(),
                current.posts() >= config.enoughPosts());
    }

    private Figures figures(TrendWindow window, Filters filters) {
        TermPosts posts = statistics.posts(filters.slice(window), 1);
        Set<String> people = new HashSet<>(posts.postsByAuthor().keySet());
        int ratings = 0;
        for (RaterActivity rater : Rating.findActivity(
                window.from(), window.to(), filters.department(), filters.source(), filters.tag(), filters.author())) {
            ratings += rater.ratings().intValue();
            people.add(rater.raterKey());
        }
        return new Figures(posts.total(), ratings, people.size());
    }
}
