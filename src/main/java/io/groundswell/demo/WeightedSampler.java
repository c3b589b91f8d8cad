package io.groundswell.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight, by binary search over the running sums. */
final class WeightedSampler {

    private final double[] cumulative;

    WeightedSampler(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0 || Double.isNaN(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    /**
     * Zipf–Mandelbrot weights {@code 1 / (rank + offset)^exponent}: a few very common items and a long
     * tail, as word frequencies and activity levels in real organisations look.
     */
    static WeightedSampler zipf(int size, double exponent, double offset) {
        double[] weights = new double[size];
        for (int rank = 0; rank < size; rank++) {
            weights[rank] = 1.0 / StrictMath.pow(rank + 1 + offset, exponent);
        }
        return new WeightedSampler(weights);
    }

    int size() {
        return cumulative.length;
    }

    int sample(SplittableRandom random) {
        return indexAt(random.nextDouble());
    }

    /** The index whose share of the total contains {@code fraction} (0 inclusive to 1 exclusive). */
    int indexAt(double fraction) {
        double target = fraction * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        // Skip zero-weight items that share the running sum of their predecessor.
        while (index < cumulative.length - 1 && (index > 0 ? cumulative[index - 1] : 0) == cumulative[index]) {
            index++;
        }
        return Math.min(index, cumulative.length - 1);
    }
}
