package io.groundswell.leadership;

import io.groundswell.post.RatingSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How peers' stars become recognition. Pure functions, so the rule can be tested and explained
 * on its own.
 *
 * <p>The rule, applied to the ratings others gave one person's posts on one topic in one window
 * (self-ratings are dropped before they reach here):
 *
 * <ol>
 *   <li>One rater, one voice: all the stars one rater gave the person count as a single rating,
 *       their mean. Rating ten of a friend's posts weighs no more than rating one.
 *   <li>Confidence: the raters' means are averaged with a prior of {@value RatingSummary#PRIOR_WEIGHT}
 *       neutral {@code 3}-star ratings, as post scores are: {@code B = (5 × 3 + Σ m) / (5 + n)}.
 *   <li>Breadth: {@code score = (B − 3) × ln(1 + n)}, recognition above neutral times the
 *       logarithm of the number of distinct raters. More people saying so counts for more, with
 *       diminishing returns, and stars at or below neutral never add up to recognition.
 * </ol>
 *
 * <p>So ten peers giving 5★ score 1.33 × ln 11 = 3.20, while a ring of four rating each other
 * 5★ (three raters each, however many posts) scores 0.75 × ln 4 = 1.04, and a ring of three
 * (two raters each) stays below the minimum of distinct raters altogether.
 */
public final class LeaderScore {

    /** Stars that mean "neither good nor bad": recognition starts above them. */
    public static final double NEUTRAL = RatingSummary.PRIOR_MEAN;

    /** Neutral ratings every person starts with, as every post does. */
    public static final int PRIOR_WEIGHT = RatingSummary.PRIOR_WEIGHT;

    /** One rating: who gave how many stars. */
    public record Stars(long rater, int stars) {}

    /**
     * Recognition of one person by their raters.
     *
     * @param raters distinct raters
     * @param mean mean of the raters' means, each rater counting once
     * @param score confidence- and breadth-adjusted recognition; positive only above neutral
     */
    public record Recognition(int raters, double mean, double score) {

        public static final Recognition NONE = new Recognition(0, 0, 0);

        /** Whether this is enough to lead: enough distinct raters, and rated above neutral. */
        public boolean qualifies(int minRaters) {
            return raters >= Math.max(1, minRaters) && score > 0;
        }
    }

    private LeaderScore() {}

    /** Each rater's mean stars: however many posts one rater rated, they count once. */
    public static Map<Long, Double> perRater(Collection<Stars> ratings) {
        Map<Long, double[]> sums = new HashMap<>();
        for (Stars rating : ratings) {
            double[] sum = sums.computeIfAbsent(rating.rater(), r -> new double[2]);
            sum[0] += rating.stars();
            sum[1]++;
        }
        Map<Long, Double> means = new HashMap<>(sums.size() * 2);
        sums.forEach((rater, sum) -> means.put(rater, sum[0] / sum[1]));
        return means;
    }

    /** The raters' means pulled toward neutral by the prior: few raters cannot look unanimous. */
    public static double bayesian(Collection<Double> raterMeans) {
        double sum = 0;
        for (double mean : raterMeans) {
            sum += mean;
        }
        return (PRIOR_WEIGHT * NEUTRAL + sum) / (PRIOR_WEIGHT + raterMeans.size());
    }

    /** Rewards breadth with diminishing returns: the tenth voice adds less than the third. */
    public static double breadth(int voices) {
        return Math.log1p(Math.max(0, voices));
    }

    /** Recognition above neutral, scaled by how many independent voices stand behind it. */
    public static double score(double bayesian, int voices) {
        return (bayesian - NEUTRAL) * breadth(voices);
    }

    /** The recognition that a person's ratings (self-ratings already removed) amount to. */
    public static Recognition recognise(Collection<Stars> ratings) {
        if (ratings.isEmpty()) {
            return Recognition.NONE;
        }
        Map<Long, Double> means = perRater(ratings);
        double plainMean = means.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        return new Recognition(means.size(), plainMean, score(bayesian(means.values()), means.size()));
    }
}
