package io.groundswell.wordcloud;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Chooses font sizes that fit before Kumo tries to place anything: placing a word that cannot fit
 * costs a search of the whole canvas, so guessing too large is what makes Kumo slow. The size
 * grows with the square root of where the weight lies between the lightest and the heaviest word
 * (so a word's area, not its height, follows its weight), from {@value #LIGHTEST_SHARE} of the
 * largest size to the largest, which is the biggest that keeps the words' boxes within about half
 * of the canvas. Spreading the actual range of weights over the whole range of sizes matters: trend
 * scores of one window often differ by a factor of two at most, and sizes relative to zero would
 * then all look alike.
 */
final class FontSizing {

    /** Bold sans-serif reads well small; the logical font exists on every JVM, whatever is installed. */
    static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 100);

    /** Below this, words stop being legible; they are reported unplaced rather than drawn smaller. */
    static final int MIN_FONT_PX = 9;

    static final double LIGHTEST_SHARE = 0.3;
    private static final double TARGET_FILL = 0.5;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Words that share one canvas: the whole image, or one side of a comparison. */
    record Region(List<CloudWord> words, int width, int height) {}

    /**
     * The gap kept around a word, as a share of its font size: about half a space on each side, so
     * two neighbours are at least a space apart and never read as one word ("ai" and "group" as
     * "aigroup").
     */
    static final double PADDING_SHARE = 0.15;

    private FontSizing() {}

    /** The padding around a word of {@code size}: its share of the size, at least {@code minimum}. */
    static int padding(int size, int minimum) {
        return Math.max(minimum, (int) Math.round(size * PADDING_SHARE));
    }

    /** The weights of all regions: the lightest word gets the smallest size, the heaviest the largest. */
    record Weights(double min, double max) {

        static Weights of(List<Region> regions) {
            var stats = regions.stream()
                    .flatMap(region -> region.words().stream())
                    .mapToDouble(CloudWord::weight)
                    .summaryStatistics();
            return stats.getCount() == 0 ? new Weights(0, 0) : new Weights(stats.getMin(), stats.getMax());
        }
    }

    /** The size of a word of {@code weight} when the heaviest of all regions gets {@code largest}. */
    static int fontSize(double weight, Weights weights, int largest) {
        double range = weights.max() - weights.min();
        double relative = range > 0 ? Math.min(1, Math.max(0, (weight - weights.min()) / range)) : 1;
        double share = LIGHTEST_SHARE + (1 - LIGHTEST_SHARE) * Math.sqrt(relative);
        return Math.max(MIN_FONT_PX, (int) Math.round(largest * share));
    }

    /**
     * The largest font size at which, in every region, the padded ink boxes cover at most the
     * target share of the region and each box fits inside it; at least {@link #MIN_FONT_PX}. A word
     * too long for its region even at the smallest size is left out of the sum: it will be reported
     * unplaced, and must not shrink every other word to the minimum.
     */
    static int largestFont(List<Region> regions, Weights weights, int padding) {
        List<double[][]> inks = regions.stream().map(FontSizing::measure).toList();
        boolean anyFits = false;
        for (int r = 0; r < regions.size(); r++) {
            for (double[] ink : inks.get(r)) {
                anyFits |= fits(regions.get(r), ink, MIN_FONT_PX, padding);
            }
        }
        if (!anyFits) {
            // Nothing will be drawn; large sizes would only make Kumo render huge images for nothing.
            return MIN_FONT_PX;
        }
        int low = MIN_FONT_PX;
        int high = Math.max(low, regions.stream().mapToInt(Region::height).max().orElse(low));
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (fits(regions, inks, weights, padding, middle)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static boolean fits(
            List<Region> regions, List<double[][]> inks, Weights weights, int padding, int largest) {
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            double area = 0;
            for (int i = 0; i < region.words().size(); i++) {
                double[] ink = inks.get(r)[i];
                if (!fits(region, ink, MIN_FONT_PX, padding)) {
                    continue;
                }
                int size = fontSize(region.words().get(i).weight(), weights, largest);
                if (!fits(region, ink, size, padding)) {
                    return false;
                }
                area += box(ink[0], size, padding) * box(ink[1], size, padding);
            }
            if (area > TARGET_FILL * region.width() * region.height()) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(Region region, double[] ink, int size, int padding) {
        return box(ink[0], size, padding) <= region.width() && box(ink[1], size, padding) <= region.height();
    }

    /** One side of a word's padded box at a font size, from its ink at the reference size; at least {@code padding} around it. */
    private static double box(double referenceInk, int size, int padding) {
        return referenceInk * size / FONT.getSize2D() + 2.0 * padding(size, padding);
    }

    /** Ink width and height of each word at the reference size; they scale with the font size. */
    private static double[][] measure(Region region) {
        double[][] inks = new double[region.words().size()][];
        for (int i = 0; i < inks.length; i++) {
            Rectangle2D bounds =
                    FONT.createGlyphVector(FRC, region.words().get(i).text()).getVisualBounds();
            inks[i] = new double[] {bounds.getWidth(), bounds.getHeight()};
        }
        return inks;
    }
}
