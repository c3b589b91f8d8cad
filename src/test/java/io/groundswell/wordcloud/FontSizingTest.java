package io.groundswell.wordcloud;

import static io.groundswell.wordcloud.CloudWords.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.wordcloud.FontSizing.Region;
import io.groundswell.wordcloud.FontSizing.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontSizingTest {

    private static final Weights HUNDRED = new Weights(0, 100);

    @Test
    void shouldScaleFromTheLightestShareOfTheLargestSizeToTheLargest() {
        assertThat(FontSizing.fontSize(100, HUNDRED, 80)).isEqualTo(80);
        assertThat(FontSizing.fontSize(0, HUNDRED, 80)).isEqualTo(24);
        assertThat(FontSizing.fontSize(25, HUNDRED, 80)).isEqualTo(52);
        assertThat(FontSizing.fontSize(0, HUNDRED, 20)).isEqualTo(FontSizing.MIN_FONT_PX);
    }

    @Test
    void shouldSpreadANarrowRangeOfWeightsOverTheWholeRangeOfSizes() {
        Weights narrow = new Weights(1.4, 2.0);

        assertThat(FontSizing.fontSize(2.0, narrow, 90)).isEqualTo(90);
        assertThat(FontSizing.fontSize(1.4, narrow, 90)).isEqualTo(27);
        assertThat(FontSizing.fontSize(1.7, new Weights(1.7, 1.7), 90)).isEqualTo(90);
    }

    @Test
    void shouldChooseSmallerFontsForMoreWordsAndLargerOnesForALargerCanvas() {
        List<CloudWord> few = CloudWords.zipf(20, 1);
        List<CloudWord> many = CloudWords.zipf(150, 1);

        int fewOnSmall = FontSizing.largestFont(List.of(new Region(few, 400, 300)), HUNDRED, 2);
        int manyOnSmall = FontSizing.largestFont(List.of(new Region(many, 400, 300)), HUNDRED, 2);
        int fewOnLarge = FontSizing.largestFont(List.of(new Region(few, 1600, 1200)), HUNDRED, 2);

        assertThat(manyOnSmall).isLessThan(fewOnSmall);
        assertThat(fewOnLarge).isGreaterThan(fewOnSmall);
    }

    @Test
    void shouldNotShrinkEveryWordForOneThatCannotFitAtAll() {
        CloudWord endless = word("w".repeat(CloudLimits.MAX_TEXT_CHARS), 1);
        List<CloudWord> words = List.of(word("short", 1), word("brief", 1), endless);

        int largest = FontSizing.largestFont(List.of(new Region(words, 100, 100)), new Weights(1, 1), 2);

        assertThat(largest).isGreaterThan(FontSizing.MIN_FONT_PX);
    }

    @Test
    void shouldFallBackToTheSmallestSizeWhenNothingFits() {
        List<CloudWord> words = List.of(word("w".repeat(CloudLimits.MAX_TEXT_CHARS), 1));

        assertThat(FontSizing.largestFont(List.of(new Region(words, 100, 100)), new Weights(1, 1), 2))
                .isEqualTo(FontSizing.MIN_FONT_PX);
    }

    @Test
    void shouldSizeAllRegionsOfAComparisonTogether() {
        Region crowded = new Region(CloudWords.zipf(100, 1), 400, 600);
        Region sparse = new Region(CloudWords.zipf(5, 2), 400, 600);

        int together = FontSizing.largestFont(List.of(crowded, sparse), HUNDRED, 2);

        assertThat(together).isEqualTo(FontSizing.largestFont(List.of(crowded), HUNDRED, 2));
        assertThat(together).isLessThan(FontSizing.largestFont(List.of(sparse), HUNDRED, 2));
    }
}
