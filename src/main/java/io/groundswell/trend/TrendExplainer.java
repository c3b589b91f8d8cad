package io.groundswell.trend;

import io.groundswell.search.terms.TermDetail;
import io.groundswell.search.terms.TermSlice;
import io.groundswell.search.terms.TermStatistics;
import io.groundswell.search.terms.TermStatistics.Count;
import io.groundswell.search.terms.TermStatistics.SliceCounts;
import io.groundswell.system.PrivacyConfig;
import io.groundswell.system.ProblemException;
import io.groundswell.trend.TermExplanation.Day;
import io.groundswell.trend.TermExplanation.Department;
import io.groundswell.trend.TrendReport.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Explains one term: the posts, days and departments behind it. */
@ApplicationScoped
public class TrendExplainer {

    private static final int DRIVING_POSTS = 10;

    private final TermStatistics statistics;
    private final TrendConfig config;
    private final TrendPosts posts;
    private final PrivacyConfig privacy;
    private final Baselines baselines;

    TrendExplainer(
            TermStatistics statistics,
            TrendConfig config,
            TrendPosts posts,
            PrivacyConfig privacy,
            Baselines baselines) {
        this.statistics = statistics;
        this.baselines = baselines;
        this.config = config;
        this.posts = posts;
        this.privacy = privacy;
    }

    /** The analysed form of what a user typed or clicked: lower case, single spaces. */
    public static String keyOf(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public TermExplanation explain(String term, TrendWindow window, Filters filters) {
        String key = keyOf(term);
        TermSlice slice = filters.slice(window);
        TrendWindow baseline = baselines.of(window, slice);
        TermDetail detail = statistics
                .details(slice, List.of(key), config.maxPostsPerAuthor(), DRIVING_POSTS, true)
                .get(key);
        if (detail == null || detail.docs() == 0) {
            throw ProblemException.notFound("No post in this window mentions '" + term + "'.");
        }
        SliceCounts fg = statistics.countOnly(slice, List.of(key));
        SliceCounts bg = statistics.countOnly(slice.withWindow(baseline.from(), baseline.to()), List.of(key));
        Count base = bg.terms().get(key);
        int baselinePosts = base == null ? 0 : base.docs();
        // As the trends score it.
        Significance.Lift lift =
                new TrendCalculator.Rates(fg, bg, config.confidence(), config.priorPosts()).of(detail, key);
        double score = lift.lower();
        double change = lift.lift() - 1;

        var loaded = posts.load(new LinkedHashSet<>(detail.bestPostIds()));
        List<TrendPosts.Loaded> driving = detail.bestPostIds().stream()
                .map(loaded::get)
                .filter(Objects::nonNull)
                .toList();
        return new TermExplanation(
                TrendPosts.displayForm(key, driving),
                key,
                window.label(),
                window.from(),
                window.to(),
                detail.docs(),
                baselinePosts,
                Math.round(score * 10_000.0) / 10_000.0,
                Math.round(change * 10_000.0) / 10_000.0,
                baselinePosts == 0,
                detail.authors(),
                days(window, detail.daily()),
                driving.stream().map(TrendPosts.Loaded::ref).toList(),
                departments(detail.peopleByDepartment()),
                hiddenPeople(detail.peopleByDepartment()));
    }

    private List<Department> departments(Map<String, Integer> peopleByDepartment) {
        int threshold = privacy.effectiveMinGroupSize();
        List<Department> shown = new ArrayList<>();
        peopleByDepartment.forEach((department, people) -> {
            if (people >= threshold) {
                shown.add(new Department(department, people));
            }
        });
        shown.sort(Comparator.comparingInt(Department::people).reversed().thenComparing(Department::department));
        return shown;
    }

    private int hiddenPeople(Map<String, Integer> peopleByDepartment) {
        int threshold = privacy.effectiveMinGroupSize();
        return peopleByDepartment.values().stream()
                .filter(p -> p < threshold)
                .mapToInt(Integer::intValue)
                .sum();
    }

    private static List<Day> days(TrendWindow window, int[] daily) {
        LocalDate first = window.from().atZone(ZoneOffset.UTC).toLocalDate();
        List<Day> days = new ArrayList<>(daily.length);
        for (int i = 0; i < daily.length; i++) {
            days.add(new Day(first.plusDays(i), daily[i]));
        }
        return days;
    }
}
