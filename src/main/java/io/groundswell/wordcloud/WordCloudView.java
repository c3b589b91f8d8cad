package io.groundswell.wordcloud;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A word cloud as JSON: where every word landed, so a page can lay clickable links over the PNG,
 * which words did not fit, and the colour of each trend in the requested theme, for the legend.
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
        String theme,
        Map<String, String> colors,
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
