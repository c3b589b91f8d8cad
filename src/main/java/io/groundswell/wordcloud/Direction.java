package io.groundswell.wordcloud;

/** Which way a word's weight moved against its baseline; it decides the word's colour. */
public enum Direction {
    RISING,
    FALLING,
    STEADY;

    /** The trend of a signed change: above zero rises, below zero falls, zero holds steady. */
    public static Direction ofChange(double change) {
        if (Double.isNaN(change)) {
            throw new IllegalArgumentException("change is not a number");
        }
        return change > 0 ? RISING : change < 0 ? FALLING : STEADY;
    }
}
