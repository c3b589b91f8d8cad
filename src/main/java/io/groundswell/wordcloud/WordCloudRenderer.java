package io.groundswell.wordcloud;

import io.groundswell.wordcloud.FontSizing.Region;
import io.groundswell.wordcloud.FontSizing.Weights;
import io.groundswell.wordcloud.KumoCloud.Landed;
import io.groundswell.wordcloud.KumoCloud.Spec;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The one door to Kumo: lays out and renders a cloud, or two side by side on one font scale. Font
 * sizes are chosen to fit first; if words are still left over, the whole layout is redone with
 * smaller fonts, a few times, before any word is reported unplaced. Re-doing the whole layout keeps
 * every heavier word at least as large as every lighter one. Thread-safe: each call has its own
 * Kumo objects.
 *
 * <p>A comparison is two Kumo clouds next to each other rather than Kumo's PolarWordCloud: the
 * polar cloud mixes both lists in one area, draws its own colours and starts words from a static
 * random generator, so it could not be seeded, coloured by trend or read as two halves.
 */
public final class WordCloudRenderer {

    private static final int ROUNDS = 4;
    private static final double SHRINK = 0.8;
    private static final int GUTTER_PX = 9;
    private static final Color DIVIDER = new Color(0xD0D0D0);
    private static final Color DARK_DIVIDER = new Color(0x3A4456);

    public Rendered<CloudLayout> render(CloudRequest request) {
        CloudLimits.checkCanvas(request.width(), request.height());
        CloudLimits.checkPadding(request.padding());
        CloudLimits.checkWords("words", request.words());
        Ranked words = Ranked.of(request.words(), CloudLimits.MAX_WORDS);
        Outcome outcome = layOut(
                        List.of(new Region(words.candidates(), request.width(), request.height())),
                        request.padding(),
                        request.theme(),
                        random(request.seed()))
                .get(0);
        CloudLayout layout = new CloudLayout(
                request.width(), request.height(), outcome.placed(), concat(outcome.unplaced(), words.overflow()));
        return new Rendered<>(layout, Png.encode(outcome.cloud().image()));
    }

    public Rendered<ComparisonLayout> renderComparison(ComparisonRequest request) {
        CloudLimits.checkCanvas(request.width(), request.height());
        CloudLimits.checkPadding(request.padding());
        CloudLimits.checkWords("left", request.left());
        CloudLimits.checkWords("right", request.right());
        Ranked left = Ranked.of(request.left(), CloudLimits.MAX_WORDS / 2);
        Ranked right = Ranked.of(request.right(), CloudLimits.MAX_WORDS / 2);
        int leftWidth = (request.width() - GUTTER_PX) / 2;
        int rightX = leftWidth + GUTTER_PX;
        int dividerX = leftWidth + GUTTER_PX / 2;
        List<Outcome> outcomes = layOut(
                List.of(
                        new Region(left.candidates(), leftWidth, request.height()),
                        new Region(right.candidates(), request.width() - rightX, request.height())),
                request.padding(),
                request.theme(),
                random(request.seed()));

        List<ComparedWord> placed = new ArrayList<>();
        outcomes.get(0).placed().forEach(word -> placed.add(new ComparedWord(Side.LEFT, word)));
        outcomes.get(1).placed().forEach(word -> placed.add(new ComparedWord(Side.RIGHT, shifted(word, rightX))));
        ComparisonLayout layout = new ComparisonLayout(
                request.width(),
                request.height(),
                dividerX,
                placed,
                concat(outcomes.get(0).unplaced(), left.overflow()),
                concat(outcomes.get(1).unplaced(), right.overflow()));

        BufferedImage image = new BufferedImage(request.width(), request.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(TrendPalette.background(request.theme()));
            graphics.fillRect(0, 0, request.width(), request.height());
            graphics.drawImage(outcomes.get(0).cloud().image(), 0, 0, null);
            graphics.drawImage(outcomes.get(1).cloud().image(), rightX, 0, null);
            graphics.setColor(request.theme() == Theme.DARK ? DARK_DIVIDER : DIVIDER);
            graphics.drawLine(dividerX, 0, dividerX, request.height() - 1);
        } finally {
            graphics.dispose();
        }
        return new Rendered<>(layout, Png.encode(image));
    }

    /**
     * Lays out every region with one font scale, shrinking all of them together until every word
     * lands or the rounds run out; keeps the round that placed the most words (the earliest, so the
     * largest fonts, among equals).
     */
    private static List<Outcome> layOut(List<Region> regions, int padding, Theme theme, Random random) {
        Weights weights = Weights.of(regions);
        int largest = FontSizing.largestFont(regions, weights, padding);
        List<Outcome> best = null;
        for (int round = 0; round < ROUNDS; round++) {
            List<Outcome> attempt = new ArrayList<>();
            for (Region region : regions) {
                attempt.add(layOut(region, weights, largest, padding, theme, random));
            }
            if (best == null || placedCount(attempt) > placedCount(best)) {
                best = attempt;
            }
            int smaller = Math.max(FontSizing.MIN_FONT_PX, (int) (largest * SHRINK));
            if (best.stream().allMatch(outcome -> outcome.unplaced().isEmpty()) || smaller == largest) {
                break;
            }
            largest = smaller;
        }
        return best;
    }

    private static Outcome layOut(
            Region region, Weights weights, int largest, int padding, Theme theme, Random random) {
        Map<String, CloudWord> byText = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        List<Spec> specs = new ArrayList<>();
        for (CloudWord word : region.words()) {
            int size = FontSizing.fontSize(word.weight(), weights, largest);
            byText.put(word.text(), word);
            sizes.put(word.text(), size);
            specs.add(new Spec(word.text(), size, TrendPalette.color(word.trend(), theme)));
        }
        KumoCloud cloud =
                new KumoCloud(region.width(), region.height(), padding, TrendPalette.background(theme), random);
        List<PlacedWord> placed = new ArrayList<>();
        for (Landed landed : cloud.layOut(specs)) {
            CloudWord word = byText.remove(landed.text());
            Rectangle box = landed.box();
            placed.add(new PlacedWord(
                    word.text(),
                    word.weight(),
                    word.trend(),
                    box.x,
                    box.y,
                    box.width,
                    box.height,
                    0.0,
                    TrendPalette.hex(word.trend(), theme),
                    sizes.get(word.text())));
        }
        List<String> unplaced = region.words().stream()
                .map(CloudWord::text)
                .filter(byText::containsKey)
                .toList();
        return new Outcome(cloud, placed, unplaced);
    }

    private static int placedCount(List<Outcome> outcomes) {
        return outcomes.stream().mapToInt(outcome -> outcome.placed().size()).sum();
    }

    private static PlacedWord shifted(PlacedWord word, int dx) {
        return new PlacedWord(
                word.text(),
                word.weight(),
                word.trend(),
                word.x() + dx,
                word.y(),
                word.width(),
                word.height(),
                word.rotation(),
                word.color(),
                word.fontSize());
    }

    private static Random random(Long seed) {
        return seed == null ? new Random() : new Random(seed);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private record Outcome(KumoCloud cloud, List<PlacedWord> placed, List<String> unplaced) {}

    /** The words heaviest first (input order among equals), split at the cap. */
    private record Ranked(List<CloudWord> candidates, List<String> overflow) {

        static Ranked of(List<CloudWord> words, int cap) {
            List<CloudWord> sorted = new ArrayList<>(words);
            sorted.sort(Comparator.comparingDouble(CloudWord::weight).reversed());
            List<CloudWord> candidates = sorted.subList(0, Math.min(cap, sorted.size()));
            List<String> overflow = sorted.subList(candidates.size(), sorted.size()).stream()
                    .map(CloudWord::text)
                    .toList();
            return new Ranked(List.copyOf(candidates), overflow);
        }
    }
}
