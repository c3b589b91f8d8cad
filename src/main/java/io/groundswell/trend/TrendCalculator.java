package io.groundswell.trend;

import io.groundswell.search.terms.TermDetail;
import io.groundswell.search.terms.TermOverlap;
import io.groundswell.search.terms.TermSlice;
import io.groundswell.search.terms.TermStatistics;
import io.groundswell.search.terms.TermStatistics.Count;
import io.groundswell.search.terms.TermStatistics.SliceCounts;
import io.groundswell.trend.Significance.Lift;
import io.groundswell.trend.TrendReport.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the trends of a window and filter in three passes over the index: count every term of
 * the window; count the promising ones in the baseline and score them; then look closely at the
 * best candidates (distinct authors, per-author caps, daily series, best posts). Trends only:
 * who leads each term is attached above, where a response needs it.
 *
 * <p>A term is scored by its lift: its rating-weighted posts in the window over those expected
 * from its rate in the baseline, scaled to the window's volume. Terms are ranked by a lower
 * confidence bound of the lift, so a rise seen in many posts outranks an equal one seen in three;
 * a rise whose bound does not clear 1 is listed flagged as low-confidence rather than dropped.
 */
@ApplicationScoped
public class TrendCalculator {

    /** Share of a word's posts that a phrase must cover to stand in for the word. */
    private static final double PHRASE_COVERS_WORD = 0.8;

    private static final int BEST_POSTS = 3;

    /** Posts a window needs before it must answer {@link TrendConfig#minTerms()} terms. */
    private static final int BUSY_WINDOW = 20;

    private final TermStatistics statistics;
    private final TrendConfig config;
    private final StopList stopList;
    private final TrendPosts posts;
    private final Baselines baselines;

    TrendCalculator(
            TermStatistics statistics, TrendConfig config, StopList stopList, TrendPosts posts, Baselines baselines) {
        this.statistics = statistics;
        this.config = config;
        this.stopList = stopList;
        this.posts = posts;
        this.baselines = baselines;
    }

    public TrendReport compute(TrendWindow window, Filters filters, int limit) {
        TermSlice foreground = filters.slice(window);
        TrendWindow baselineWindow = baselines.of(window, foreground);
        TermSlice background = foreground.withWindow(baselineWindow.from(), baselineWindow.to());
        TrendWindow previousWindow = window.previous();

        SliceCounts fg = statistics.count(foreground);
        SliceCounts previous = statistics.count(foreground.withWindow(previousWindow.from(), previousWindow.to()));
        List<String> supported = shown(fg);
        List<String> fallingCandidates = shown(previous);
        Set<String> counted = new LinkedHashSet<>(supported);
        counted.addAll(fallingCandidates);
        SliceCounts bg = statistics.countOnly(background, counted);
        Rates rates = new Rates(fg, bg, config.confidence(), config.priorPosts());

        // Each term's bound computed once, not at every comparison of the sort.
        Map<String, Double> lowerBounds = new HashMap<>(supported.size() * 2);
        for (String term : supported) {
            Count count = fg.terms().get(term);
            lowerBounds.put(term, -rates.of(count.docs(), count.weight(), term).lower());
        }
        List<String> candidates = supported.stream()
                .sorted(Comparator.comparingDouble(lowerBounds::get))
                .limit(config.candidates())
                .toList();
        Map<String, TermDetail> details =
                statistics.details(foreground, candidates, config.maxPostsPerAuthor(), BEST_POSTS, false);

        List<Scored> rising = new ArrayList<>();
        List<Scored> steady = new ArrayList<>();
        for (String term : candidates) {
            TermDetail detail = details.get(term);
            if (detail == null || detail.authors() < config.minAuthors() || detail.docs() < config.minPosts()) {
                continue;
            }
            Count base = bg.terms().get(term);
            Scored scored = new Scored(term, rates.of(detail, term), detail, base == null ? 0 : base.docs());
            (scored.lift().lift() > 1 ? rising : steady).add(scored);
        }
        Comparator<Scored> byLowerBound =
                Comparator.comparingDouble((Scored s) -> s.lift().lower()).reversed();
        List<Scored> ranked = new ArrayList<>(dropWordsCoveredByPhrases(rising).stream()
                .sorted(byLowerBound)
                .limit(limit)
                .toList());
        // Never blank while there is activity: a busy window without enough rising terms is filled
        // with its best steady ones, flagged like any rise that may be chance.
        int wanted = Math.min(limit, fg.docs() >= BUSY_WINDOW ? config.minTerms() : 0);
        dropWordsCoveredByPhrases(steady).stream()
                .sorted(byLowerBound)
                .limit(Math.max(0, wanted - ranked.size()))
                .forEach(ranked::add);
        List<TrendTerm> described =
                posts.describe(ranked.stream().map(Scored::toTerm).toList(), details);
        List<String> told = described.stream()
                .limit(TermOverlap.MAX_TERMS)
                .map(TrendTerm::key)
                .toList();
        List<Story> stories = Stories.group(described, statistics.overlap(foreground, told));
        return new TrendReport(
                window.label(),
                window.from(),
                window.to(),
                baselineWindow.from(),
                Instant.now(),
                filters,
                fg.docs(),
                bg.docs(),
                Stories.label(described, stories),
                baselineWindow.to(),
                falling(fallingCandidates, fg, bg, rates),
                stories);
    }

    /** Terms with posts enough to be shown, not stop-listed, phrases only if they are collocations. */
    private List<String> shown(SliceCounts counts) {
        return counts.terms().entrySet().stream()
                .filter(e -> e.getValue().docs() >= config.minPosts())
                .map(Map.Entry::getKey)
                .filter(term -> !stopList.blocks(term))
                .filter(term -> !isPhrase(term) || isCollocation(term, counts))
                .toList();
    }

    /**
     * Terms of the window before this one whose rate fell below the baseline's by more than
     * chance, the most certainly fallen first.
     */
    private List<FallingTerm> falling(List<String> candidates, SliceCounts fg, SliceCounts bg, Rates rates) {
        if (bg.docs() == 0) {
            return List.of();
        }
        List<FallingTerm> falling = new ArrayList<>();
        for (String term : candidates) {
            Count now = fg.terms().get(term);
            Count base = bg.terms().get(term);
            if (base == null || base.docs() < config.minPosts()) {
                continue;
            }
            Lift lift = now == null ? rates.of(0, 0, term) : rates.of(now.docs(), now.weight(), term);
            if (lift.upper() < 1) {
                falling.add(new FallingTerm(
                        term,
                        now == null ? 0 : now.docs(),
                        base.docs(),
                        round(lift.expected()),
                        round(lift.lift()),
                        round(lift.upper())));
            }
        }
        falling.sort(Comparator.comparingDouble(FallingTerm::upperBound));
        return falling.size() > config.fallingSize() ? falling.subList(0, config.fallingSize()) : falling;
    }

    /**
     * The window's and the baseline's volumes, to turn counts into lifts. The confidence bounds
     * see posts; ratings then scale the lift and its bounds by how well the term's posts are
     * rated against the window's average, so ratings change how much a rise counts but not how
     * many posts the bounds believe they have seen. With no posts before the window (a new
     * installation, a new source) the window is compared with a baseline as large as itself in
     * which no term occurred: terms rank by their posts, all new. Every term gets {@code prior}
     * posts more in the baseline (see {@link TrendConfig#priorPosts()}).
     */
    record Rates(SliceCounts fg, SliceCounts bg, double z, double prior) {

        /** The lift of a term seen in {@code posts} window posts of summed rating weight {@code weight}. */
        Lift of(double posts, double weight, String term) {
            double fgMean = fg.docs() == 0 ? 1 : fg.weight() / fg.docs();
            double rating = posts <= 0 ? 1 : weight / posts / fgMean;
            Count base = bg.terms().get(term);
            double c = bg.docs() == 0 || base == null ? 0 : base.docs();
            double m = bg.docs() == 0 ? fg.docs() : bg.docs();
            Lift lift = Significance.lift(posts, fg.docs(), c + prior, m + prior, z);
            return new Lift(lift.expected(), lift.lift() * rating, lift.lower() * rating, lift.upper() * rating);
        }

        /** The lift of a candidate, its posts counted after the per-author cap. */
        Lift of(TermDetail detail, String term) {
            Count all = fg.terms().get(term);
            double kept = all == null || all.weight() <= 0 ? 1 : Math.min(1, detail.weight() / all.weight());
            return of(detail.docs() * kept, detail.weight(), term);
        }
    }

    /** A candidate with its lift. */
    record Scored(String term, Lift lift, TermDetail detail, int baselinePosts) {

        TrendTerm toTerm() {
            return new TrendTerm(
                    term,
                    term,
                    isPhrase(term),
                    round(lift.lower()),
                    detail.docs(),
                    baselinePosts,
                    round(lift.lift() - 1),
                    baselinePosts == 0,
                    detail.authors(),
                    detail.daily(),
                    List.of(),
                    List.of(),
                    round(lift.expected()),
                    round(lift.lift()),
                    round(lift.lower()),
                    lift.lower() <= 1,
                    term);
        }
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
