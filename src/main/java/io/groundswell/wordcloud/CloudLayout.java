package io.groundswell.wordcloud;

import java.util.List;
import java.util.Objects;

/**
 * A laid-out cloud: every input word is either in {@code placed} or, by text, in {@code unplaced}
 * (did not fit even after shrinking, or was beyond the word cap), never both, never twice.
 */
public record CloudLayout(int width, int height, List<PlacedWord> placed, List<String> unplaced) {

    public CloudLayout {
        placed = List.copyOf(Objects.requireNonNull(placed, "placed"));
        unplaced = List.copyOf(Objects.requireNonNull(unplaced, "unplaced"));
    }
}
