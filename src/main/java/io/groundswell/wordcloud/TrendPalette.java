package io.groundswell.wordcloud;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Colour per trend and theme, from the Okabe–Ito palette, which stays distinguishable with the
 * common forms of colour blindness because rising and falling differ on the blue–orange axis. Every
 * colour reaches WCAG AA contrast (4.5:1) on its theme's background, so even the smallest words stay
 * legible: on white, falling is a darkened vermillion (Okabe–Ito's #D55E00 reaches only 3.9:1); on
 * the dark background, the dashboard's dark card colour, the lighter sky blue and orange. Colour is
 * never the only cue: each placed word also carries its trend for the page's text alternative, and
 * the JSON lists the colours so the page's legend shows exactly these.
 */
final class TrendPalette {

    static final Color BACKGROUND = Color.WHITE;
    static final Color DARK_BACKGROUND = new Color(0x202734);

    private static final Map<Direction, Color> LIGHT = Map.of(
            Direction.RISING,
            new Color(0x0072B2),
            Direction.STEADY,
            new Color(0x595959),
            Direction.FALLING,
            new Color(0xB34D00));
    private static final Map<Direction, Color> DARK = Map.of(
            Direction.RISING,
            new Color(0x56B4E9),
            Direction.STEADY,
            new Color(0xB4B9C2),
            Direction.FALLING,
            new Color(0xE69F00));

    private TrendPalette() {}

    static Color background(Theme theme) {
        return theme == Theme.DARK ? DARK_BACKGROUND : BACKGROUND;
    }

    static Color color(Direction trend) {
        return color(trend, Theme.LIGHT);
    }

    static Color color(Direction trend, Theme theme) {
        return (theme == Theme.DARK ? DARK : LIGHT).get(trend);
    }

    static String hex(Direction trend) {
        return hex(trend, Theme.LIGHT);
    }

    static String hex(Direction trend, Theme theme) {
        return String.format(Locale.ROOT, "#%06X", color(trend, theme).getRGB() & 0xFFFFFF);
    }

    /** Every trend's colour by its lower-case name, rising first: what the legend explains. */
    static Map<String, String> legend(Theme theme) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (Direction trend : new Direction[] {Direction.RISING, Direction.STEADY, Direction.FALLING}) {
            colours.put(trend.name().toLowerCase(Locale.ROOT), hex(trend, theme));
        }
        return colours;
    }
}
