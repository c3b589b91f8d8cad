package io.groundswell.trend;

/**
 * The statistics behind "trending", as pure functions.
 *
 * <p>JLH (the default heuristic of Elasticsearch's significant_terms) multiplies the absolute and
 * the relative change of a term's share of posts between the background and the foreground:
 * {@code (fg - bg) * (fg / bg)}. It rewards terms that are both more common than before and
 * markedly so; a term as common as always scores about zero, a falling one below zero. Shares are
 * weighted: each post counts by its rating weight. The background share is smoothed by one
 * neutral post so a term absent before has a large, finite score.
 */
final class Significance {

    private Significance() {}

    static double backgroundShare(double termWeight, double totalWeight) {
        return (termWeight + 1.0) / (totalWeight + 1.0);
    }

    static double jlh(double fgTerm, double fgTotal, double bgTerm, double bgTotal) {
        if (fgTotal <= 0) {
            return 0;
        }
        double fg = fgTerm / fgTotal;
        double bg = backgroundShare(bgTerm, bgTotal);
        double absolute = fg - bg;
        return absolute <= 0 ? absolute : absolute * (fg / bg);
    }

    /**
     * Pearson's chi-square of a 2×2 table (posts with and without the term, in the window and in
     * the baseline); 0 when the term's share did not rise. It asks whether a rise is more than
     * chance, which JLH alone does not: every word fluctuates a little between windows.
     */
    static double riseChiSquare(long fgTerm, long fgTotal, long bgTerm, long bgTotal) {
        double a = fgTerm;
        double b = Math.max(0, fgTotal - fgTerm);
        double c = bgTerm;
        double d = Math.max(0, bgTotal - bgTerm);
        double n = a + b + c + d;
        double denominator = (a + b) * (c + d) * (a + c) * (b + d);
        if (denominator == 0 || a / (a + b) <= c / (c + d)) {
            return 0;
        }
        double cross = a * d - b * c;
        return n * cross * cross / denominator;
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
