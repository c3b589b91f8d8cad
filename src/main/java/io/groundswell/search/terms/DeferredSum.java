package io.groundswell.search.terms;

import java.util.Arrays;

/**
 * Weights met in one segment, kept in order to be summed later onto the running total of the
 * segments before it: floating-point addition is not associative, and this keeps a sum read in
 * parallel equal, to the last bit, to one read in a single pass.
 */
final class DeferredSum {

    private double[] values = new double[16];
    private int count;

    void add(double value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
    }

    /** How many weights were added. */
    int count() {
        return count;
    }

    /** {@code total} plus each weight, in the order they were added. */
    double addTo(double total) {
        double sum = total;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum;
    }
}
