package io.groundswell.wordcloud;

import io.groundswell.trend.TrendReport;
import io.groundswell.trend.TrendTerm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a trend report into the words of a cloud: what to write, how big, which colour. */
final class TrendWords {

    /** How words are sized. */
    enum SizeBy {
        SCORE,
        FREQUENCY;

        static SizeBy parse(String value) {
            return value == null || value.equalsIgnoreCase("score") ? SCORE : FREQUENCY;
        }
    }

    /** A change smaller than this either way reads as steady, not as a movement. */
    private static final double STEADY_BAND = 0.25;

    private TrendWords() {}

    /** Cloud words keyed by display text, in trend order; the value is the term's key for links. */
    static Map<CloudWord, String> words(TrendReport report, SizeBy sizeBy, int limit) {
        Map<CloudWord, String> words = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TrendTerm term : report.terms()) {
            if (words.size() == limit) {
                break;
            }
            if (!seen.add(term.term())) {
                continue;
            }
            double weight = sizeBy == SizeBy.SCORE ? Math.sqrt(term.score()) : term.posts();
            words.put(new CloudWord(term.term(), weight, trendOf(term.change())), term.key());
        }
        return words;
    }

    static Direction trendOf(double change) {
        if (change >= STEADY_BAND) {
            return Direction.RISING;
        }
        return change <= -STEADY_BAND ? Direction.FALLING : Direction.STEADY;
    }

    static List<CloudWord> list(Map<CloudWord, String> words) {
        return List.copyOf(words.keySet());
    }
}
