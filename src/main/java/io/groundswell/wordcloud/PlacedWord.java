package io.groundswell.wordcloud;

/**
 * Where a word landed: the tight box around its drawn pixels (x, y from the image's top-left
 * corner), so a page can lay a clickable element over it. Boxes of one layout never overlap.
 * {@code rotation} is in radians and always 0: a rotated word's box would cover its neighbours.
 */
public record PlacedWord(
        String text,
        double weight,
        Direction trend,
        int x,
        int y,
        int width,
        int height,
        double rotation,
        String color,
        int fontSize) {}
