package io.groundswell.post;

/**
 * Count, mean and a confidence-adjusted score of the ratings that count for a post.
 *
 * <p>The score is a Bayesian average: {@code (PRIOR_WEIGHT * PRIOR_MEAN + sum) / (PRIOR_WEIGHT +
 * count)}. Every post starts as if it had {@value #PRIOR_WEIGHT} neutral {@value #PRIOR_MEAN}-star
 * ratings, so a single 5-star vote (3.33) cannot beat forty 4-star votes (3.89), and an unrated
 * post sits at the neutral 3.0.
 */
public record RatingSummary(int count, double mean, double score) {

    public static final double PRIOR_MEAN = 3.0;
    public static final int PRIOR_WEIGHT = 5;

    public static RatingSummary of(int count, int sumOfStars) {
        double mean = count == 0 ? 0.0 : (double) sumOfStars / count;
        double score = (PRIOR_WEIGHT * PRIOR_MEAN + sumOfStars) / (PRIOR_WEIGHT + count);
        return new RatingSummary(count, round(mean), round(score));
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
