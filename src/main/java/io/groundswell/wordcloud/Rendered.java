package io.groundswell.wordcloud;

import java.util.Objects;

/**
 * A layout (of one cloud, or of a comparison) and the PNG it describes. Cached results are shared,
 * so the bytes are copied out.
 */
public record Rendered<L>(L layout, byte[] png) {

    public Rendered {
        Objects.requireNonNull(layout, "layout");
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
