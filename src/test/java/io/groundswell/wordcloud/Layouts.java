package io.groundswell.wordcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Properties every layout must have, whatever Kumo's random placement chose. */
final class Layouts {

    static final int WHITE = 0xFFFFFFFF;

    private Layouts() {}

    static Rectangle box(PlacedWord word) {
        return new Rectangle(word.x(), word.y(), word.width(), word.height());
    }

    static void assertInside(List<PlacedWord> placed, Rectangle area) {
        for (PlacedWord word : placed) {
            assertThat(word.width()).as("width of %s", word.text()).isPositive();
            assertThat(word.height()).as("height of %s", word.text()).isPositive();
            assertThat(area.contains(box(word))).as("%s inside %s", word, area).isTrue();
        }
    }

    /** No two boxes, each grown by the padding, overlap: their ink keeps at least twice the padding apart. */
    static void assertDisjoint(List<PlacedWord> placed, int padding) {
        for (int i = 0; i < placed.size(); i++) {
            Rectangle a = box(placed.get(i));
            a.grow(padding, padding);
            for (int j = i + 1; j < placed.size(); j++) {
                Rectangle b = box(placed.get(j));
                b.grow(padding, padding);
                assertThat(a.intersects(b))
                        .as("%s overlaps %s", placed.get(i), placed.get(j))
                        .isFalse();
            }
        }
    }

    /**
     * No two words come closer than their paddings together: each box grown by the padding of its
     * font size ({@link FontSizing#padding}, at least {@code minimum}) overlaps no other.
     */
    static void assertApartByTheirPadding(List<PlacedWord> placed, int minimum) {
        for (int i = 0; i < placed.size(); i++) {
            Rectangle a = grown(placed.get(i), minimum);
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(a.intersects(grown(placed.get(j), minimum)))
                        .as("%s too close to %s", placed.get(i), placed.get(j))
                        .isFalse();
            }
        }
    }

    private static Rectangle grown(PlacedWord word, int minimum) {
        Rectangle box = box(word);
        int padding = FontSizing.padding(word.fontSize(), minimum);
        box.grow(padding, padding);
        return box;
    }

    /** Every input word is placed or unplaced, none both, none twice, nothing invented. */
    static void assertAccountedFor(List<CloudWord> input, List<PlacedWord> placed, List<String> unplaced) {
        List<String> out = new ArrayList<>(placed.stream().map(PlacedWord::text).toList());
        out.addAll(unplaced);
        assertThat(out)
                .containsExactlyInAnyOrderElementsOf(
                        input.stream().map(CloudWord::text).toList());
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("decodable PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each box is tight (ink touches all four edges) and holds its word's colour; no ink elsewhere. */
    static void assertBoxesHoldTheInk(BufferedImage image, List<PlacedWord> placed, Rectangle ignored) {
        boolean[][] covered = new boolean[image.getHeight()][image.getWidth()];
        for (PlacedWord word : placed) {
            Rectangle box = box(word);
            int colour = 0xFF000000 | Integer.parseInt(word.color().substring(1), 16);
            boolean ownColour = false;
            boolean top = false;
            boolean bottom = false;
            boolean left = false;
            boolean right = false;
            for (int y = box.y; y < box.y + box.height; y++) {
                for (int x = box.x; x < box.x + box.width; x++) {
                    covered[y][x] = true;
                    int pixel = image.getRGB(x, y);
                    ownColour |= pixel == colour;
                    if (pixel != WHITE) {
                        top |= y == box.y;
                        bottom |= y == box.y + box.height - 1;
                        left |= x == box.x;
                        right |= x == box.x + box.width - 1;
                    }
                }
            }
            assertThat(ownColour)
                    .as("%s drawn in %s", word.text(), word.color())
                    .isTrue();
            assertThat(List.of(top, bottom, left, right))
                    .as("ink of %s reaches every edge of its box", word.text())
                    .containsOnly(true);
        }
        String strayInk = null;
        for (int y = 0; y < image.getHeight() && strayInk == null; y++) {
            for (int x = 0; x < image.getWidth() && strayInk == null; x++) {
                if (!covered[y][x] && !ignored.contains(x, y) && image.getRGB(x, y) != WHITE) {
                    strayInk = x + "," + y;
                }
            }
        }
        assertThat(strayInk).as("a non-background pixel outside every box").isNull();
    }
}
