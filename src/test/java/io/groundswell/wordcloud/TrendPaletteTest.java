package io.groundswell.wordcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrendPaletteTest {

    @ParameterizedTest
    @EnumSource(Direction.class)
    void shouldReachAaContrastOnTheBackgroundOfEitherTheme(Direction trend) {
        for (Theme theme : Theme.values()) {
            assertThat(contrast(TrendPalette.color(trend, theme), TrendPalette.background(theme)))
                    .as("%s on %s", trend, theme)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void shouldListEveryTrendsColourForTheLegend() {
        assertThat(TrendPalette.legend(Theme.LIGHT))
                .containsExactly(
                        Map.entry("rising", "#0072B2"),
                        Map.entry("steady", "#595959"),
                        Map.entry("falling", "#B34D00"));
        assertThat(TrendPalette.legend(Theme.DARK).values())
                .doesNotHaveDuplicates()
                .hasSize(3);
    }

    @Test
    void shouldGiveEveryTrendItsOwnColour() {
        assertThat(Arrays.stream(Direction.values()).map(TrendPalette::hex)).doesNotHaveDuplicates();
        assertThat(TrendPalette.hex(Direction.RISING)).isEqualTo("#0072B2");
    }

    @Test
    void shouldColourOnlyAClearChangeAsRisingOrFalling() {
        assertThat(TrendWords.trendOf(0.3)).isEqualTo(Direction.RISING);
        assertThat(TrendWords.trendOf(-2)).isEqualTo(Direction.FALLING);
        assertThat(TrendWords.trendOf(0.1)).isEqualTo(Direction.STEADY);
        assertThat(TrendWords.trendOf(-0.1)).isEqualTo(Direction.STEADY);
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
