package io.groundswell.wordcloud;

import java.awt.Color;
import java.util.Locale;

/**
 * Colour per trend, from the Okabe–Ito palette, which stays distinguishable with the common forms
 * of colour blindness because rising and falling differ on the blue–orange axis. Every colour
 * reaches WCAG AA contrast (4.5:1) on white, so even the smallest words stay legible; that is why
 * falling is a darkened vermillion (Okabe–Ito's #D55E00 reaches only 3.9:1). Colour is never the
 * only cue: each placed word also carries its trend for the page's text alternative.
 */
final class TrendPalette {

    static final Color BACKGROUND = Color.WHITE;

    private static final Color RISING = new Color(0x0072B2);
    private static final Color FALLING = new Color(0xB34D00);
    private static final Color STEADY = new Color(0x595959);

    private TrendPalette() {}

    static Color color(Direction trend) {
        return switch (trend) {
            case RISING -> RISING;
            case FALLING -> FALLING;
            case STEADY -> STEADY;
        };
    }

    static String hex(Direction trend) {
        return String.format(Locale.ROOT, "#%06X", color(trend).getRGB() & 0xFFFFFF);
    }
}
