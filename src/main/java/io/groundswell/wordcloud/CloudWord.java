package io.groundswell.wordcloud;

import java.util.Objects;

/**
 * One word to draw. {@code weight} is its importance (finite, not negative); font sizes follow the
 * weights relative to the heaviest word, so only ratios matter. {@code trend} picks the colour.
 */
public record CloudWord(String text, double weight, Direction trend) {

    public CloudWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trend, "trend");
    }
}
