package io.groundswell.wordcloud;

import com.kennycason.kumo.CollisionMode;
import com.kennycason.kumo.Word;
import com.kennycason.kumo.WordCloud;
import com.kennycason.kumo.WordFrequency;
import com.kennycason.kumo.bg.RectangleBackground;
import com.kennycason.kumo.image.CollisionRaster;
import com.kennycason.kumo.palette.ColorPalette;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One Kumo layout of one canvas, used once. Kumo draws and places; this subclass decides each
 * word's size and colour itself (Kumo would scale sizes its own way and pick colours from a palette
 * at random), and records where each word landed.
 *
 * <p>Collision runs in Kumo's pixel mode, but every word's collision mask is its whole ink box
 * grown by the padding rather than its glyph shapes. With glyph masks Kumo tucks small words under
 * the arms of big ones, and their boxes overlap: a page could not tell which word a click meant.
 * Solid masks keep the tight boxes of pixel mode (Kumo's rectangle mode uses the font's line box,
 * which is mostly air above lower-case words) and guarantee that boxes are disjoint.
 */
final class KumoCloud extends WordCloud {

    /** A word to draw: its size and colour were chosen before layout. */
    record Spec(String text, int fontSize, Color color) {}

    /** Where a word's ink box landed, in canvas pixels. */
    record Landed(String text, Rectangle box) {}

    /** The least padding around any word; larger words get more. */
    private final int wordPadding;

    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private final List<Landed> landed = new ArrayList<>();
    private final List<Dimension> failed = new ArrayList<>();
    private long freeArea;

    KumoCloud(int width, int height, int padding, Color background, Random random) {
        super(new Dimension(width, height), CollisionMode.PIXEL_PERFECT);
        this.wordPadding = padding;
        this.freeArea = (long) width * height;
        setBackground(new RectangleBackground(dimension));
        setBackgroundColor(background);
        setWordStartStrategy((canvas, word) -> new Point(
                random.nextInt(Math.max(1, canvas.width - word.getDimension().width)),
                random.nextInt(Math.max(1, canvas.height - word.getDimension().height))));
    }

    /** Lays out the words, largest first; returns those that landed, in the order they did. */
    List<Landed> layOut(List<Spec> words) {
        if (!specs.isEmpty()) {
            throw new IllegalStateException("a KumoCloud lays out once");
        }
        List<WordFrequency> frequencies = new ArrayList<>();
        for (Spec spec : words) {
            specs.put(spec.text(), spec);
            // Kumo orders by frequency, descending: the font size makes it place big words first.
            frequencies.add(new WordFrequency(spec.text(), spec.fontSize()));
        }
        build(frequencies);
        return List.copyOf(landed);
    }

    /** The canvas with the placed words on the background colour. */
    BufferedImage image() {
        return getBufferedImage();
    }

    @Override
    protected List<Word> buildWords(List<WordFrequency> frequencies, ColorPalette unused) {
        Graphics2D graphics = bufferedImage.createGraphics();
        try {
            graphics.setRenderingHints(Word.getRenderingHints());
            List<Word> words = new ArrayList<>();
            for (WordFrequency frequency : frequencies) {
                Spec spec = specs.get(frequency.getWord());
                FontMetrics metrics = graphics.getFontMetrics(FontSizing.FONT.deriveFont((float) spec.fontSize()));
                if (mayRender(spec, metrics.stringWidth(spec.text()))) {
                    Word word = new Word(spec.text(), spec.color(), metrics, collisionChecker, 0);
                    if (cropToInk(word, paddingOf(spec))) {
                        words.add(word);
                    }
                }
            }
            return words;
        } finally {
            graphics.dispose();
        }
    }

    @Override
    protected boolean place(Word word, Point start) {
        Dimension size = word.getDimension();
        if (!mayFit(size)) {
            return false;
        }
        if (!super.place(word, start)) {
            failed.add(size);
            return false;
        }
        freeArea -= (long) size.width * size.height;
        Point at = word.getPosition();
        int padding = paddingOf(specs.get(word.getWord()));
        landed.add(new Landed(
                word.getWord(),
                new Rectangle(at.x + padding, at.y + padding, size.width - 2 * padding, size.height - 2 * padding)));
        return true;
    }

    /**
     * Cheap refusals before Kumo searches the whole canvas: a box wider or taller than the canvas,
     * larger than the free area, or at least as wide and as tall as one that already found no room
     * (the occupied area only grows) will not fit. Kumo's spiral samples positions rather than
     * trying every one, so the last rule is nearly, not strictly, exact; the retries with smaller
     * fonts cover the difference.
     */
    private boolean mayFit(Dimension size) {
        if (size.width > dimension.width
                || size.height > dimension.height
                || (long) size.width * size.height > freeArea) {
            return false;
        }
        for (Dimension refused : failed) {
            if (size.width >= refused.width && size.height >= refused.height) {
                return false;
            }
        }
        return true;
    }

    /**
     * Leaves out, and so reports unplaced, a word that draws nothing (zero-width characters only:
     * Kumo would fail on an image of width 0) or that is far wider than the canvas (its ink can
     * overhang its advance width by a fraction of the font size, not more), before Kumo renders it.
     */
    private boolean mayRender(Spec spec, int advance) {
        return advance > 0 && advance - spec.fontSize() <= dimension.width;
    }

    private int paddingOf(Spec spec) {
        return FontSizing.padding(spec.fontSize(), wordPadding);
    }

    /** Shrinks the word's image to its ink grown by the padding, and makes that whole box solid. */
    private boolean cropToInk(Word word, int padding) {
        BufferedImage rendered = word.getBufferedImage();
        Rectangle ink = inkBounds(rendered);
        if (ink.isEmpty()) {
            return false;
        }
        BufferedImage cropped =
                new BufferedImage(ink.width + 2 * padding, ink.height + 2 * padding, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = cropped.createGraphics();
        try {
            graphics.drawImage(rendered, padding - ink.x, padding - ink.y, null);
        } finally {
            graphics.dispose();
        }
        word.setBufferedImage(cropped);
        CollisionRaster mask = word.getCollisionRaster();
        for (int y = 0; y < cropped.getHeight(); y++) {
            for (int x = 0; x < cropped.getWidth(); x++) {
                mask.setPixelIsNotTransparent(x, y);
            }
        }
        return true;
    }

    private static Rectangle inkBounds(BufferedImage image) {
        int width = image.getWidth();
        int[] row = new int[width];
        int left = width;
        int top = -1;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                if ((row[x] >>> 24) != 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = top < 0 ? y : top;
                    bottom = y;
                }
            }
        }
        return right < 0 ? new Rectangle() : new Rectangle(left, top, right - left + 1, bottom - top + 1);
    }
}
