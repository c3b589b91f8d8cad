package io.groundswell.wordcloud;

import java.util.List;
import java.util.Objects;

/**
 * A comparison: the left list is drawn in {@code [0, dividerX)}, the right one beyond it, both on
 * one font scale, so equal weights get equal sizes on either side. Every input word of a side is
 * either placed with that side or listed in that side's unplaced texts.
 */
public record ComparisonLayout(
        int width,
        int height,
        int dividerX,
        List<ComparedWord> placed,
        List<String> unplacedLeft,
        List<String> unplacedRight) {

    public ComparisonLayout {
        placed = List.copyOf(Objects.requireNonNull(placed, "placed"));
        unplacedLeft = List.copyOf(Objects.requireNonNull(unplacedLeft, "unplacedLeft"));
        unplacedRight = List.copyOf(Objects.requireNonNull(unplacedRight, "unplacedRight"));
    }
}
