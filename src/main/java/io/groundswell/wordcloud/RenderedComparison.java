package io.groundswell.wordcloud;

import java.util.Objects;

/** A comparison layout and the PNG it describes; the bytes are copied out as cached results are shared. */
public record RenderedComparison(ComparisonLayout layout, byte[] png) {

    public RenderedComparison {
        Objects.requireNonNull(layout, "layout");
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
