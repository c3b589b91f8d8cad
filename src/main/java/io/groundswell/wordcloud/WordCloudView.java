package io.groundswell.wordcloud;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A word cloud as JSON: where every word landed, so a page can lay clickable links over the PNG,
 * and which words did not fit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WordCloudView(
        String window,
        Instant from,
        Instant to,
        Instant computedAt,
        String imageUrl,
        int width,
        int height,
        String sizeBy,
        String compare,
        Integer dividerX,
        List<Word> words,
        List<String> unplaced) {

    /** A placed word; {@code key} is the trend term to open, {@code side} is set in comparisons. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Word(
            String text,
            String key,
            double weight,
            String trend,
            int x,
            int y,
            int width,
            int height,
            double rotation,
            String color,
            int fontSize,
            String side) {}
}
