package io.groundswell.wordcloud;

import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemException;
import io.groundswell.system.QueryValues;
import io.groundswell.trend.AnalyticsParams;
import io.groundswell.trend.TrendReport;
import io.groundswell.trend.TrendService;
import io.groundswell.trend.TrendWindow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The trend word cloud, as a PNG and as JSON with every word's box. */
@Path("/api")
@RolesAllowed(Roles.LEADER)
@Tag(name = "word clouds")
public class WordCloudResource {

    private final TrendService trends;
    private final WordCloudService clouds;

    WordCloudResource(TrendService trends, WordCloudService clouds) {
        this.trends = trends;
        this.clouds = clouds;
    }

    /** Query parameters of a cloud, besides the window and filters of trends. */
    public static class Shape {
        @QueryParam("width")
        @Parameter(description = "Image width in pixels, " + CloudLimits.MIN_SIDE_PX + " to " + CloudLimits.MAX_SIDE_PX)
        public String width;

        @QueryParam("height")
        @Parameter(
                description = "Image height in pixels, " + CloudLimits.MIN_SIDE_PX + " to " + CloudLimits.MAX_SIDE_PX)
        public String height;

        @QueryParam("words")
        @Parameter(description = "Most words drawn, 1 to " + CloudLimits.MAX_WORDS + ", default 100")
        public String words;

        @QueryParam("sizeBy")
        @DefaultValue("score")
        @Pattern(regexp = "score|frequency", message = "use score or frequency")
        public String sizeBy;

        @QueryParam("compare")
        @Pattern(
                regexp = "previous",
                message = "the only comparison is 'previous' (this window against the one before)")
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
    }

    @GET
    @Path("/wordcloud")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The trend word cloud as JSON: every placed word with its box, and the words that did not fit")
    public WordCloudView json(
            @BeanParam @Valid AnalyticsParams slice, @BeanParam @Valid Shape shape, @Context UriInfo uri) {
        String imageUrl = "/api/wordcloud.png"
                + (uri.getRequestUri().getRawQuery() == null
                        ? ""
                        : "?" + uri.getRequestUri().getRawQuery());
        TrendWindow window = slice.window();
        TrendReport report = trends.trends(window, slice.filters(), 100);
        TrendCloud.SizeBy sizeBy = TrendCloud.SizeBy.parse(shape.sizeBy);
        Map<CloudWord, String> current = TrendCloud.words(report, sizeBy, shape.words());
        if (shape.compare == null) {
            RenderedCloud cloud =
                    clouds.render(CloudRequest.of(TrendCloud.list(current), shape.width(), shape.height()));
            List<WordCloudView.Word> placed = new ArrayList<>();
            cloud.layout().placed().forEach(w -> placed.add(view(w, keyOf(current, w.text()), null)));
            return new WordCloudView(
                    window.label(),
                    window.from(),
                    window.to(),
                    report.computedAt(),
                    imageUrl,
                    shape.width(),
                    shape.height(),
                    sizeBy.name().toLowerCase(Locale.ROOT),
                    null,
                    null,
                    placed,
                    cloud.layout().unplaced());
        }
        Map<CloudWord, String> previous = previousWords(slice, window, sizeBy, shape.words());
        RenderedComparison comparison = clouds.renderComparison(comparisonOf(previous, current, shape));
        List<WordCloudView.Word> placed = new ArrayList<>();
        for (ComparedWord w : comparison.layout().placed()) {
            Map<CloudWord, String> side = w.side() == Side.LEFT ? previous : current;
            placed.add(view(w.word(), keyOf(side, w.word().text()), w.side() == Side.LEFT ? "previous" : "current"));
        }
        List<String> unplaced = new ArrayList<>(comparison.layout().unplacedLeft());
        unplaced.addAll(comparison.layout().unplacedRight());
        return new WordCloudView(
                window.label(),
                window.from(),
                window.to(),
                report.computedAt(),
                imageUrl,
                shape.width(),
                shape.height(),
                sizeBy.name().toLowerCase(Locale.ROOT),
                shape.compare,
                comparison.layout().dividerX(),
                placed,
                unplaced);
    }

    @GET
    @Path("/wordcloud.png")
    @Produces("image/png")
    @Operation(summary = "The trend word cloud as a PNG image")
    public Response png(@BeanParam @Valid AnalyticsParams slice, @BeanParam @Valid Shape shape) {
        TrendWindow window = slice.window();
        TrendCloud.SizeBy sizeBy = TrendCloud.SizeBy.parse(shape.sizeBy);
        Map<CloudWord, String> current =
                TrendCloud.words(trends.trends(window, slice.filters(), 100), sizeBy, shape.words());
        byte[] png = shape.compare == null
                ? clouds.render(CloudRequest.of(TrendCloud.list(current), shape.width(), shape.height()))
                        .png()
                : clouds.renderComparison(
                                comparisonOf(previousWords(slice, window, sizeBy, shape.words()), current, shape))
                        .png();
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(30);
        return Response.ok(png, "image/png").cacheControl(cache).build();
    }

    private Map<CloudWord, String> previousWords(
            AnalyticsParams slice, TrendWindow window, TrendCloud.SizeBy sizeBy, int words) {
        TrendWindow before = window.previous();
        return TrendCloud.words(trends.trends(before, slice.filters(), 100), sizeBy, words);
    }

    private static ComparisonRequest comparisonOf(
            Map<CloudWord, String> left, Map<CloudWord, String> right, Shape shape) {
        if (shape.width() < 2 * CloudLimits.MIN_SIDE_PX) {
            throw ProblemException.invalid(
                    "width", "a comparison needs at least " + 2 * CloudLimits.MIN_SIDE_PX + " px");
        }
        return new ComparisonRequest(
                TrendCloud.list(left),
                TrendCloud.list(right),
                shape.width(),
                shape.height(),
                CloudRequest.DEFAULT_PADDING,
                null);
    }

    private static String keyOf(Map<CloudWord, String> words, String text) {
        return words.entrySet().stream()
                .filter(e -> e.getKey().text().equals(text))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(text.toLowerCase(Locale.ROOT));
    }

    private static WordCloudView.Word view(PlacedWord w, String key, String side) {
        return new WordCloudView.Word(
                w.text(),
                key,
                Math.round(w.weight() * 1000) / 1000.0,
                w.trend().name().toLowerCase(Locale.ROOT),
                w.x(),
                w.y(),
                w.width(),
                w.height(),
                w.rotation(),
                w.color(),
                w.fontSize(),
                side);
    }
}
