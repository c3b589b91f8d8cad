package io.groundswell.wordcloud;

import io.groundswell.system.QueryValues;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a cloud besides the window and filters of trends: size, words, sizing, theme, comparison. */
public class CloudShape {

    @QueryParam("width")
    @Parameter(description = "Image width in pixels, " + CloudLimits.MIN_SIDE_PX + " to " + CloudLimits.MAX_SIDE_PX)
    public String width;

    @QueryParam("height")
    @Parameter(description = "Image height in pixels, " + CloudLimits.MIN_SIDE_PX + " to " + CloudLimits.MAX_SIDE_PX)
    public String height;

    @QueryParam("words")
    @Parameter(description = "Most words drawn, 1 to " + CloudLimits.MAX_WORDS + ", default 100")
    public String words;

    @QueryParam("sizeBy")
    @DefaultValue("score")
    @Pattern(regexp = "score|frequency", message = "use score or frequency")
    public String sizeBy;

    @QueryParam("theme")
    @DefaultValue("light")
    @Pattern(regexp = "light|dark", message = "use light or dark")
    @Parameter(description = "The page's colour scheme: light draws on white, dark on the dashboard's dark card colour")
    public String theme;

    @QueryParam("compare")
    @Pattern(regexp = "previous", message = "the only comparison is 'previous' (this window against the one before)")
    public String compare;

    int width() {
        return QueryValues.integer("width", width, 800, CloudLimits.MIN_SIDE_PX, CloudLimits.MAX_SIDE_PX);
    }

    int height() {
        return QueryValues.integer("height", height, 500, CloudLimits.MIN_SIDE_PX, CloudLimits.MAX_SIDE_PX);
    }

    int words() {
        return QueryValues.integer("words", words, 100, 1, CloudLimits.MAX_WORDS);
    }

    TrendWords.SizeBy sizing() {
        return TrendWords.SizeBy.parse(sizeBy);
    }

    Theme theme() {
        return Theme.parse(theme);
    }

    boolean comparing() {
        return compare != null;
    }
}
