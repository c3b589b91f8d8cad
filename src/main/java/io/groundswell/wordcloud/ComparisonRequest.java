package io.groundswell.wordcloud;

import java.util.List;
import java.util.Objects;

/**
 * Two word lists drawn side by side on one font scale, e.g. this window against the previous one,
 * or one department against the rest. {@code width} and {@code height} are the whole image's.
 */
public record ComparisonRequest(
        List<CloudWord> left, List<CloudWord> right, int width, int height, int padding, Long seed, Theme theme) {

    public ComparisonRequest {
        left = List.copyOf(Objects.requireNonNull(left, "left"));
        right = List.copyOf(Objects.requireNonNull(right, "right"));
        Objects.requireNonNull(theme, "theme");
    }

    public ComparisonRequest(
            List<CloudWord> left, List<CloudWord> right, int width, int height, int padding, Long seed) {
        this(left, right, width, height, padding, seed, Theme.LIGHT);
    }

    public static ComparisonRequest of(List<CloudWord> left, List<CloudWord> right, int width, int height) {
        return new ComparisonRequest(left, right, width, height, CloudRequest.DEFAULT_PADDING, null);
    }

    public ComparisonRequest withSeed(long newSeed) {
        return new ComparisonRequest(left, right, width, height, padding, newSeed, theme);
    }
}
