package io.groundswell.wordcloud;

import io.groundswell.system.ProblemException;
import io.groundswell.trend.TrendReport;
import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendService;
import io.groundswell.trend.TrendWindow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trend word cloud of a window: its trends turned into words, rendered alone or beside the
 * previous window's, with every placed word's box. The JSON and the PNG endpoints ask for the same
 * drawing, so they always show the same cloud.
 */
@ApplicationScoped
public class TrendClouds {

    /** Trends asked for: the most a trend report lists, however many words the cloud may hold. */
    private static final int TERMS = 100;

    private final TrendService trends;
    private final WordCloudService renderer;

    TrendClouds(TrendService trends, WordCloudService renderer) {
        this.trends = trends;
        this.renderer = renderer;
    }

    /** A drawn cloud: the PNG and what the JSON says about it. */
    public record Drawing(
            TrendReport report,
            CloudShape shape,
            Integer dividerX,
            List<WordCloudView.Word> placed,
            List<String> unplaced,
            byte[] png) {

        public WordCloudView view(String imageUrl) {
            return new WordCloudView(
                    report.window(),
                    report.from(),
                    report.to(),
                    report.computedAt(),
                    imageUrl,
                    shape.width(),
                    shape.height(),
                    shape.sizing().name().toLowerCase(Locale.ROOT),
                    shape.compare,
                    shape.theme().name().toLowerCase(Locale.ROOT),
                    TrendPalette.legend(shape.theme()),
                    dividerX,
                    placed,
                    unplaced);
        }
    }

    public Drawing draw(TrendWindow window, Filters filters, CloudShape shape) {
        TrendReport report = trends.trends(window, filters, TERMS);
        Map<CloudWord, String> current = TrendWords.words(report, shape.sizing(), shape.words());
        if (!shape.comparing()) {
            Rendered<CloudLayout> cloud =
                    renderer.render(CloudRequest.of(TrendWords.list(current), shape.width(), shape.height())
                            .withTheme(shape.theme()));
            List<WordCloudView.Word> placed = new ArrayList<>();
            cloud.layout().placed().forEach(w -> placed.add(view(w, keyOf(current, w.text()), null)));
            return new Drawing(report, shape, null, placed, cloud.layout().unplaced(), cloud.png());
        }
        if (shape.width() < 2 * CloudLimits.MIN_SIDE_PX) {
            throw ProblemException.invalid(
                    "width", "a comparison needs at least " + 2 * CloudLimits.MIN_SIDE_PX + " px");
        }
        Map<CloudWord, String> previous =
                TrendWords.words(trends.trends(window.previous(), filters, TERMS), shape.sizing(), shape.words());
        Rendered<ComparisonLayout> comparison = renderer.renderComparison(new ComparisonRequest(
                TrendWords.list(previous),
                TrendWords.list(current),
                shape.width(),
                shape.height(),
                CloudRequest.DEFAULT_PADDING,
                null,
                shape.theme()));
        List<WordCloudView.Word> placed = new ArrayList<>();
        for (ComparedWord w : comparison.layout().placed()) {
            boolean before = w.side() == Side.LEFT;
            placed.add(view(
                    w.word(), keyOf(before ? previous : current, w.word().text()), before ? "previous" : "current"));
        }
        List<String> unplaced = new ArrayList<>(comparison.layout().unplacedLeft());
        unplaced.addAll(comparison.layout().unplacedRight());
        return new Drawing(report, shape, comparison.layout().dividerX(), placed, unplaced, comparison.png());
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
