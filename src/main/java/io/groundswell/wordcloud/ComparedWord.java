package io.groundswell.wordcloud;

import java.util.Objects;

/** A placed word of a comparison and the side it belongs to; its box is in whole-image pixels. */
public record ComparedWord(Side side, PlacedWord word) {

    public ComparedWord {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(word, "word");
    }
}
