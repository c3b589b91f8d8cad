package io.groundswell.wordcloud;

import java.util.Objects;

/** A layout and the PNG it describes. Cached results are shared, so the bytes are copied out. */
public record RenderedCloud(CloudLayout layout, byte[] png) {

    public RenderedCloud {
        Objects.requireNonNull(layout, "layout");
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
