package io.groundswell.wordcloud;

import java.util.List;
import java.util.Objects;

/**
 * What to draw: the words, the canvas in pixels, the least gap kept around every word, an optional
 * seed, and the colour scheme. With a seed the same request lays out the same way on the same JVM and fonts; without one
 * each rendering picks its own. The whole request is the cache key, so it is immutable.
 */
public record CloudRequest(List<CloudWord> words, int width, int height, int padding, Long seed, Theme theme) {

    public static final int DEFAULT_PADDING = 2;

    public CloudRequest {
        words = List.copyOf(Objects.requireNonNull(words, "words"));
        Objects.requireNonNull(theme, "theme");
    }

    public CloudRequest(List<CloudWord> words, int width, int height, int padding, Long seed) {
        this(words, width, height, padding, seed, Theme.LIGHT);
    }

    public static CloudRequest of(List<CloudWord> words, int width, int height) {
        return new CloudRequest(words, width, height, DEFAULT_PADDING, null);
    }

    public CloudRequest withSeed(long newSeed) {
        return new CloudRequest(words, width, height, padding, newSeed, theme);
    }

    public CloudRequest withTheme(Theme newTheme) {
        return new CloudRequest(words, width, height, padding, seed, newTheme);
    }
}
