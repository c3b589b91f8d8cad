package io.groundswell.trend;

/**
 * The statistics behind "trending", as pure functions.
 *
 * <p>Trends are ranked by {@link #lift}: a term's posts in the window against those expected from
 * its baseline rate, scaled to the window's volume, judged by a confidence bound. Earlier versions
 * ranked by JLH on shares smoothed by one post and dropped every rise below a chi-square gate: on
 * small baselines the smoothing hid fast risers and the gate emptied lists.
 */
public final class Significance {

    private Significance() {}

    /**
     * How a term's rate in the window compares with its rate in the baseline.
     *
     * @param expected posts expected in the window at the baseline rate, scaled to the window's volume
     * @param lift observed over expected, each side smoothed by half a post so a new term stays finite
     * @param lower a lower confidence bound of the lift: above 1, the rise is more than chance
     * @param upper an upper confidence bound of the lift: below 1, the fall is more than chance
     */
    public record Lift(double expected, double lift, double lower, double upper) {}

    /**
     * The lift of a term seen in {@code x} of {@code n} window posts and {@code c} of {@code m}
     * baseline posts. Two Poisson counts compared: given that the term was seen {@code x + c}
     * times in all, the window's part of them is binomial, and its Wilson score interval at
     * {@code z} standard errors bounds the ratio of the two rates. The bounds therefore widen when
     * the counts are small, which is what keeps a word seen three times from outranking a topic
     * seen thirty times, without a threshold that would drop either.
     */
    public static Lift lift(double x, double n, double c, double m, double z) {
        if (n <= 0 || m <= 0) {
            return new Lift(0, 0, 0, Double.POSITIVE_INFINITY);
        }
        double expected = n * c / m;
        double lift = ((x + 0.5) / n) / ((c + 0.5) / m);
        double trials = x + c;
        if (trials <= 0) {
            return new Lift(expected, lift, 0, Double.POSITIVE_INFINITY);
        }
        double p = x / trials;
        double z2 = z * z;
        double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
        double half = z / (1 + z2 / trials) * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials));
        double pLow = Math.max(0, centre - half);
        double pHigh = Math.min(1, centre + half);
        double volume = m / n;
        double lower = pLow / (1 - pLow) * volume;
        double upper = pHigh >= 1 ? Double.POSITIVE_INFINITY : pHigh / (1 - pHigh) * volume;
        return new Lift(expected, lift, lower, upper);
    }

    /**
     * Dunning's log-likelihood ratio (G²) that words a and b occur together more often than
     * chance in {@code n} posts, from post counts of a, b and the pair.
     */
    static double collocation(long pair, long a, long b, long n) {
        long k11 = pair;
        long k12 = Math.max(0, a - pair);
        long k21 = Math.max(0, b - pair);
        long k22 = Math.max(0, n - a - b + pair);
        double rowEntropy = entropy(k11 + k12, k21 + k22);
        double columnEntropy = entropy(k11 + k21, k12 + k22);
        double matrixEntropy = entropy(k11, k12, k21, k22);
        if (rowEntropy + columnEntropy < matrixEntropy) {
            return 0; // rounding
        }
        double llr = 2.0 * (rowEntropy + columnEntropy - matrixEntropy);
        // Only positive association makes a collocation: together more often than expected.
        double expected = (double) (k11 + k12) * (k11 + k21) / Math.max(1, n);
        return k11 > expected ? llr : 0;
    }

    private static double entropy(long... counts) {
        long sum = 0;
        double result = 0;
        for (long count : counts) {
            result += xLogX(count);
            sum += count;
        }
        return xLogX(sum) - result;
    }

    private static double xLogX(long x) {
        return x == 0 ? 0 : x * Math.log(x);
    }
}
