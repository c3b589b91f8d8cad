package io.groundswell.demo;

import java.util.List;

/**
 * A subject people write about: a name, the distinctive terms its posts use (some are two-word
 * phrases, so phrase detection has something to find), the tags writers put on it, the departments
 * that write about it most, and how its popularity moves over the window.
 *
 * @param popularity relative share of posts on a day where the curve is at 1
 * @param peakAt for {@link Curve#PEAKING}: where in the window the peak lies, 0 (start) to 1 (end)
 */
public record Topic(
        String name,
        List<String> terms,
        List<String> tags,
        List<String> departments,
        Curve trend,
        double popularity,
        double peakAt) {

    /** The shape of a topic's popularity over the window. */
    public enum Curve {
        /** Quiet for most of the window, then several times as popular in the last seven days. */
        RISING,
        /** A bell around {@link Topic#peakAt()}, low before and after. */
        PEAKING,
        /** Popular at the start, dwindling towards the end. */
        FADING,
        /** About the same every day. */
        STEADY
    }

    /** Days at the end of the window in which {@link Curve#RISING} topics rise. */
    public static final int RISING_DAYS = 7;

    /**
     * Relative popularity on day {@code day} of a {@code days}-day window (day 0 is the oldest), before
     * {@link #popularity()} scales it. Rising topics are 10× as popular at the end as before the rise,
     * so a trend detector that compares the last week with the weeks before must find them.
     */
    public double curve(int day, int days) {
        int daysBeforeEnd = days - 1 - day;
        double position = days <= 1 ? 1.0 : (double) day / (days - 1);
        return switch (trend) {
            case RISING -> daysBeforeEnd >= RISING_DAYS ? 0.3 : 0.3 + 3.0 * (RISING_DAYS - daysBeforeEnd) / RISING_DAYS;
            case PEAKING -> {
                double width = Math.max(2.0, days / 14.0);
                double distance = (day - peakAt * (days - 1)) / width;
                yield 0.2 + 3.0 * StrictMath.exp(-distance * distance / 2);
            }
            case FADING -> 2.0 - 1.8 * position;
            case STEADY -> 1.0;
        };
    }
}
