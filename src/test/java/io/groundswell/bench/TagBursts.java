package io.groundswell.bench;

import io.groundswell.post.BodyFormat;
import io.groundswell.search.TermAnalysis;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * The ground truth of the tag-burst evaluation of one dump, and the two word-counting rankings
 * the trends are measured against, computed from the dump with the application's own analysis.
 *
 * <p>Per tag and month in which the tag has posts: a <em>burst</em> is a month with at least 5
 * posts carrying the tag and at least 3× the tag's mean monthly count over the 3 months before;
 * every other such month is a <em>quiet</em> month of the tag. A ranking <em>hits</em> a tag in a
 * month when one of the tag's words (the tag, its hyphen-free form, or a part longer than two
 * letters) is among the month's top 20. Recall@20 is the share of bursts hit; the non-burst hit
 * rate is the share of quiet (tag, month) pairs hit, i.e. how often a ranking names a tag that did
 * not burst. A second rate counts every month with posts on the site, those without the tag's
 * posts included (its word may still be written). Meta labels (discussion, feature-request, bug, support, status-*, faq) are left out:
 * every meta post carries one, so they say what kind of post it is, not what it is about.
 */
final class TagBursts {

    static final int TOP = 20;

    /** A ranking's figures: bursts and hits among them, quiet months and hits among those. */
    record Outcome(
            int bursts, int found, int quiet, int quietHits, int surgeBursts, int surgeFound, int idle, int idleHits) {

        String recall() {
            return ResultsTable.f("%d of %d (%.0f%%)", found, bursts, 100.0 * found / Math.max(1, bursts));
        }

        String quietRate() {
            return ResultsTable.f("%d of %d (%.1f%%)", quietHits, quiet, 100.0 * quietHits / Math.max(1, quiet));
        }

        /** Non-burst hits over every month of the site, months without the tag's posts included. */
        String anyMonthRate() {
            int months = quiet + idle;
            int hits = quietHits + idleHits;
            return ResultsTable.f("%d of %d (%.1f%%)", hits, months, 100.0 * hits / Math.max(1, months));
        }

        String surge() {
            return ResultsTable.f("%d of %d", surgeFound, surgeBursts);
        }
    }

    final Map<YearMonth, Integer> postsPerMonth = new HashMap<>();
    private final Map<String, Map<YearMonth, Integer>> tagCounts = new HashMap<>();
    private final Map<YearMonth, Map<String, Integer>> termCounts = new HashMap<>();

    TagBursts(StackExchangeDump dump) {
        for (StackExchangeDump.Row row : dump.rows) {
            postsPerMonth.merge(row.month(), 1, Integer::sum);
            for (String tag : row.tags()) {
                if (!isMetaLabel(tag)) {
                    tagCounts.computeIfAbsent(tag, t -> new HashMap<>()).merge(row.month(), 1, Integer::sum);
                }
            }
            Map<String, Integer> terms = termCounts.computeIfAbsent(row.month(), m -> new HashMap<>());
            for (String term : TermAnalysis.of(row.title(), row.body(), BodyFormat.HTML, row.tags())
                    .terms()) {
                terms.merge(term, 1, Integer::sum);
            }
        }
    }

    static boolean isMetaLabel(String tag) {
        return Set.of("discussion", "feature-request", "bug", "support", "faq").contains(tag)
                || tag.startsWith("status-");
    }

    Set<YearMonth> months() {
        return new TreeSet<>(postsPerMonth.keySet());
    }

    /** The site as a whole is at least 3× busier than its mean of the 3 months before. */
    boolean surge(YearMonth month) {
        return postsPerMonth.getOrDefault(month, 0) >= 3 * meanBefore(postsPerMonth, month);
    }

    /** Words ranked by the number of posts of the month that contain them. */
    List<String> rawTop(YearMonth month) {
        return top(month, (term, count) -> count);
    }

    /** Words ranked by their count in the month over their mean count in the 3 months before, plus one. */
    List<String> ratioTop(YearMonth month) {
        return top(month, (term, count) -> {
            double before = 0;
            for (int back = 1; back <= 3; back++) {
                before += termCounts
                        .getOrDefault(month.minusMonths(back), Map.of())
                        .getOrDefault(term, 0);
            }
            return count < 3 ? 0 : count / (before / 3 + 1);
        });
    }

    private List<String> top(YearMonth month, ToDoubleBiFunction<String, Integer> score) {
        return termCounts.getOrDefault(month, Map.of()).entrySet().stream()
                .sorted(Comparator.comparingDouble(
                                (Map.Entry<String, Integer> e) -> -score.applyAsDouble(e.getKey(), e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Scores a ranking, given the top terms it lists for each month. */
    Outcome score(Function<YearMonth, Collection<String>> topOf) {
        Map<YearMonth, Set<String>> tops = new HashMap<>();
        int bursts = 0;
        int found = 0;
        int quiet = 0;
        int quietHits = 0;
        int surgeBursts = 0;
        int surgeFound = 0;
        int idle = 0;
        int idleHits = 0;
        for (var tag : tagCounts.entrySet()) {
            Set<String> words = StackExchangeEvaluation.tagWords(tag.getKey());
            for (var month : tag.getValue().entrySet()) {
                Set<String> top = tops.computeIfAbsent(month.getKey(), m -> new HashSet<>(topOf.apply(m)));
                boolean hit = top.stream().anyMatch(words::contains);
                int count = month.getValue();
                if (count >= 5 && count >= 3 * meanBefore(tag.getValue(), month.getKey())) {
                    bursts++;
                    found += hit ? 1 : 0;
                    if (surge(month.getKey())) {
                        surgeBursts++;
                        surgeFound += hit ? 1 : 0;
                    }
                } else {
                    quiet++;
                    quietHits += hit ? 1 : 0;
                }
            }
            for (YearMonth month : postsPerMonth.keySet()) {
                if (!tag.getValue().containsKey(month)) {
                    Set<String> top = tops.computeIfAbsent(month, m -> new HashSet<>(topOf.apply(m)));
                    idle++;
                    idleHits += top.stream().anyMatch(words::contains) ? 1 : 0;
                }
            }
        }
        return new Outcome(bursts, found, quiet, quietHits, surgeBursts, surgeFound, idle, idleHits);
    }

    private static double meanBefore(Map<YearMonth, Integer> counts, YearMonth month) {
        double sum = 0;
        for (int back = 1; back <= 3; back++) {
            sum += counts.getOrDefault(month.minusMonths(back), 0);
        }
        return sum / 3;
    }
}
