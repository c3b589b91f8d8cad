package io.groundswell.trend;

import io.groundswell.search.TermDetail;
import io.groundswell.search.TermSlice;
import io.groundswell.search.TermStatistics;
import io.groundswell.search.TermStatistics.Count;
import io.groundswell.search.TermStatistics.SliceCounts;
import io.groundswell.trend.TrendReport.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the trends of a window and filter in three passes over the index: count every term of
 * the window; count the promising ones in the baseline and score them; then look closely at the
 * best candidates (distinct authors, per-author caps, daily series, best posts). Trends only:
 * who leads each term is attached above, where a response needs it.
 */
@ApplicationScoped
public class TrendCalculator {

    /** Share of a word's posts that a phrase must cover to stand in for the word. */
    private static final double PHRASE_COVERS_WORD = 0.8;

    private static final int BEST_POSTS = 3;

    private final TermStatistics statistics;
    private final TrendConfig config;
    private final StopList stopList;
    private final TrendPosts posts;

    TrendCalculator(TermStatistics statistics, TrendConfig config, StopList stopList, TrendPosts posts) {
        this.statistics = statistics;
        this.config = config;
        this.stopList = stopList;
        this.posts = posts;
    }

    public TrendReport compute(TrendWindow window, Filters filters, int limit) {
        TermSlice foreground = filters.slice(window);
        TrendWindow baselineWindow = window.baseline(config.baseline());
        TermSlice background = foreground.withWindow(baselineWindow.from(), baselineWindow.to());

        SliceCounts fg = statistics.count(foreground);
        List<String> supported = fg.terms().entrySet().stream()
                .filter(e -> e.getValue().docs() >= config.minPosts())
                .map(Map.Entry::getKey)
                .filter(term -> !stopList.blocks(term))
                .filter(term -> !isPhrase(term) || isCollocation(term, fg))
                .toList();
        SliceCounts bg = statistics.countOnly(background, supported);

        List<String> candidates = supported.stream()
                .sorted(Comparator.comparingDouble((String t) -> -preliminaryScore(t, fg, bg)))
                .limit(config.candidates())
                .filter(t -> preliminaryScore(t, fg, bg) > 0)
                .toList();
        Map<String, TermDetail> details =
                statistics.details(foreground, candidates, config.maxPostsPerAuthor(), BEST_POSTS, false);

        List<Scored> scored = new ArrayList<>();
        for (String term : candidates) {
            TermDetail detail = details.get(term);
            if (detail == null || detail.authors() < config.minAuthors() || detail.docs() < config.minPosts()) {
                continue;
            }
            Count base = bg.terms().get(term);
            int baseDocs = base == null ? 0 : base.docs();
            if (bg.docs() > 0
                    && Significance.riseChiSquare(detail.docs(), fg.docs(), baseDocs, bg.docs())
                            < config.minChiSquare()) {
                continue;
            }
            double baseWeight = base == null ? 0 : base.weight();
            double score = Significance.jlh(detail.weight(), fg.weight(), baseWeight, backgroundWeight(fg, bg));
            if (score > 0) {
                scored.add(new Scored(term, score, detail, base == null ? 0 : base.docs()));
            }
        }
        List<Scored> ranked = dropWordsCoveredByPhrases(scored).stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(limit)
                .toList();
        return new TrendReport(
                window.label(),
                window.from(),
                window.to(),
                baselineWindow.from(),
                Instant.now(),
                filters,
                fg.docs(),
                bg.docs(),
                posts.describe(
                        ranked.stream().map(s -> s.toTerm(fg.docs(), bg.docs())).toList(), details));
    }

    /** A candidate with its final score. */
    record Scored(String term, double score, TermDetail detail, int baselinePosts) {

        TrendTerm toTerm(int windowPosts, int baselineTotal) {
            double share = windowPosts == 0 ? 0 : (double) detail.docs() / windowPosts;
            double baseShare = Significance.backgroundShare(baselinePosts, baselineTotal);
            return new TrendTerm(
                    term,
                    term,
                    isPhrase(term),
                    round(score),
                    detail.docs(),
                    baselinePosts,
                    round(share / baseShare - 1),
                    baselinePosts == 0,
                    detail.authors(),
                    detail.daily(),
                    List.of(),
                    List.of());
        }
    }

    private double preliminaryScore(String term, SliceCounts fg, SliceCounts bg) {
        Count base = bg.terms().get(term);
        return Significance.jlh(
                fg.terms().get(term).weight(), fg.weight(), base == null ? 0 : base.weight(), backgroundWeight(fg, bg));
    }

    /**
     * The background's total weight. With no posts at all before the window (a new installation,
     * a new source) nothing could rise against it, and the dashboard would stay empty for its
     * first months; the window is then compared with a background as large as itself in which no
     * term occurred, which ranks terms by their weighted share of the window.
     */
    private static double backgroundWeight(SliceCounts fg, SliceCounts bg) {
        return bg.docs() > 0 ? bg.weight() : fg.weight();
    }

    private boolean isCollocation(String phrase, SliceCounts fg) {
        int space = phrase.indexOf(' ');
        Count first = fg.terms().get(phrase.substring(0, space));
        Count second = fg.terms().get(phrase.substring(space + 1));
        if (first == null || second == null) {
            return false;
        }
        return Significance.collocation(fg.terms().get(phrase).docs(), first.docs(), second.docs(), fg.docs())
                >= config.collocationThreshold();
    }

    /** "carbon" and "footprint" add nothing when nearly all their posts say "carbon footprint". */
    private static List<Scored> dropWordsCoveredByPhrases(List<Scored> scored) {
        Map<String, Integer> coveredDocs = new HashMap<>();
        for (Scored s : scored) {
            if (isPhrase(s.term())) {
                int space = s.term().indexOf(' ');
                coveredDocs.merge(s.term().substring(0, space), s.detail().docs(), Math::max);
                coveredDocs.merge(s.term().substring(space + 1), s.detail().docs(), Math::max);
            }
        }
        return scored.stream()
                .filter(s -> isPhrase(s.term())
                        || coveredDocs.getOrDefault(s.term(), 0)
                                < PHRASE_COVERS_WORD * s.detail().docs())
                .toList();
    }

    static boolean isPhrase(String term) {
        return term.indexOf(' ') > 0;
    }

    private static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
