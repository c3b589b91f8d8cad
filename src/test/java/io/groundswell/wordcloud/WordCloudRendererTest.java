package io.groundswell.wordcloud;

import static io.groundswell.wordcloud.CloudWords.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordCloudRendererTest {

    private final WordCloudRenderer renderer = new WordCloudRenderer();

    @Test
    void shouldPlaceEveryWordInsideTheImageWithoutOverlap() {
        List<CloudWord> words = CloudWords.zipf(120, 1);
        CloudLayout layout =
                renderer.render(CloudRequest.of(words, 800, 600).withSeed(11)).layout();

        assertThat(layout.width()).isEqualTo(800);
        assertThat(layout.height()).isEqualTo(600);
        assertThat(layout.placed()).hasSizeGreaterThan(100);
        Layouts.assertInside(layout.placed(), new Rectangle(0, 0, 800, 600));
        Layouts.assertDisjoint(layout.placed(), CloudRequest.DEFAULT_PADDING);
        Layouts.assertAccountedFor(words, layout.placed(), layout.unplaced());
        assertThat(layout.placed())
                .allSatisfy(word -> assertThat(word.rotation()).isZero());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 19, 23})
    void shouldKeepWordsApartByAGapThatGrowsWithTheirSize(long seed) {
        List<CloudWord> words = CloudWords.zipf(40, seed);
        CloudLayout layout =
                renderer.render(CloudRequest.of(words, 640, 400).withSeed(seed)).layout();

        assertThat(layout.placed()).hasSizeGreaterThan(30);
        Layouts.assertApartByTheirPadding(layout.placed(), CloudRequest.DEFAULT_PADDING);
        PlacedWord top = layout.placed().get(0);
        assertThat(FontSizing.padding(top.fontSize(), CloudRequest.DEFAULT_PADDING))
                .as("the padding of the largest word, %s px", top.fontSize())
                .isGreaterThanOrEqualTo(top.fontSize() / 8);
    }

    @Test
    void shouldKeepWiderGapsWithLargerPadding() {
        List<CloudWord> words = CloudWords.zipf(40, 2);
        CloudLayout layout = renderer.render(new CloudRequest(words, 500, 400, CloudLimits.MAX_PADDING_PX, 3L))
                .layout();

        Layouts.assertInside(layout.placed(), new Rectangle(0, 0, 500, 400));
        Layouts.assertDisjoint(layout.placed(), CloudLimits.MAX_PADDING_PX);
        Layouts.assertAccountedFor(words, layout.placed(), layout.unplaced());
    }

    @Test
    void shouldReportWordsThatDoNotFitAndStillNotOverlap() {
        List<CloudWord> words = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            words.add(word("overwhelming" + i, 1000 - i));
        }
        CloudLayout layout =
                renderer.render(CloudRequest.of(words, 100, 100).withSeed(5)).layout();

        assertThat(layout.unplaced()).isNotEmpty();
        assertThat(layout.placed()).isNotEmpty();
        Layouts.assertInside(layout.placed(), new Rectangle(0, 0, 100, 100));
        Layouts.assertDisjoint(layout.placed(), CloudRequest.DEFAULT_PADDING);
        Layouts.assertAccountedFor(words, layout.placed(), layout.unplaced());
    }

    @Test
    void shouldReportAWordTooLongForTheCanvasOrWithoutInkUnplaced() {
        String endless = "w".repeat(CloudLimits.MAX_TEXT_CHARS);
        String invisible = "\u200B";
        List<CloudWord> words = List.of(word(endless, 10), word(invisible, 5), word("fits", 1));

        CloudLayout layout = renderer.render(CloudRequest.of(words, 100, 100)).layout();

        assertThat(layout.placed()).extracting(PlacedWord::text).containsExactly("fits");
        assertThat(layout.unplaced()).containsExactly(endless, invisible);
    }

    @Test
    void shouldReportTheLightestWordsBeyondTheCapUnplaced() {
        List<CloudWord> words = CloudWords.zipf(CloudLimits.MAX_WORDS + 30, 3);
        CloudLayout layout =
                renderer.render(CloudRequest.of(words, 800, 600).withSeed(1)).layout();

        List<String> lightest = words.subList(CloudLimits.MAX_WORDS, words.size()).stream()
                .map(CloudWord::text)
                .toList();
        assertThat(layout.unplaced()).containsAll(lightest);
        assertThat(layout.placed()).extracting(PlacedWord::text).doesNotContainAnyElementsOf(lightest);
        Layouts.assertAccountedFor(words, layout.placed(), layout.unplaced());
    }

    @Test
    void shouldGiveHeavierWordsAtLeastTheFontSizeOfLighterOnes() {
        CloudLayout layout = renderer.render(
                        CloudRequest.of(CloudWords.zipf(80, 4), 800, 600).withSeed(2))
                .layout();

        assertMonotonic(layout.placed());
    }

    private static void assertMonotonic(List<PlacedWord> placed) {
        List<PlacedWord> byWeight = placed.stream()
                .sorted(Comparator.comparingDouble(PlacedWord::weight).reversed())
                .toList();
        for (int i = 1; i < byWeight.size(); i++) {
            assertThat(byWeight.get(i - 1).fontSize())
                    .as("%s vs %s", byWeight.get(i - 1), byWeight.get(i))
                    .isGreaterThanOrEqualTo(byWeight.get(i).fontSize());
        }
        assertThat(byWeight.get(0).fontSize())
                .isGreaterThan(byWeight.get(byWeight.size() - 1).fontSize());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldMakeTheTopWordClearlyBiggerThanTheTailEvenWhenWeightsAreClose(long seed) {
        // A week's trend weights: the square roots of scores that differ by a factor of two or so.
        List<CloudWord> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add(new CloudWord("term" + i, Math.sqrt(4.0 - i * 0.05), Direction.values()[i % 3]));
        }
        CloudLayout layout =
                renderer.render(CloudRequest.of(words, 800, 450).withSeed(seed)).layout();

        assertThat(layout.placed()).hasSize(40);
        IntSummaryStatistics sizes =
                layout.placed().stream().mapToInt(PlacedWord::fontSize).summaryStatistics();
        assertThat(sizes.getMax()).isGreaterThanOrEqualTo((int) Math.ceil(2.5 * sizes.getMin()));
        assertMonotonic(layout.placed());
    }

    @Test
    void shouldColourEachWordByItsTrend() {
        List<CloudWord> words = List.of(
                new CloudWord("rising", 9, Direction.RISING),
                new CloudWord("falling", 8, Direction.FALLING),
                new CloudWord("steady", 7, Direction.STEADY),
                new CloudWord("climbing", 6, Direction.RISING));
        CloudLayout layout = renderer.render(CloudRequest.of(words, 400, 300)).layout();

        assertThat(layout.placed())
                .extracting(PlacedWord::text, PlacedWord::trend, PlacedWord::color)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("rising", Direction.RISING, "#0072B2"),
                        org.assertj.core.groups.Tuple.tuple("falling", Direction.FALLING, "#B34D00"),
                        org.assertj.core.groups.Tuple.tuple("steady", Direction.STEADY, "#595959"),
                        org.assertj.core.groups.Tuple.tuple("climbing", Direction.RISING, "#0072B2"));
    }

    @Test
    void shouldDrawEachWordInItsOwnColourInsideItsBoxOnly() {
        Rendered<CloudLayout> cloud = renderer.render(
                CloudRequest.of(CloudWords.zipf(60, 6), 640, 480).withSeed(9));
        BufferedImage image = Layouts.decode(cloud.png());

        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
        Layouts.assertBoxesHoldTheInk(image, cloud.layout().placed(), new Rectangle());
    }

    @Test
    void shouldRepeatTheLayoutForTheSameSeedAndVaryItOtherwise() {
        CloudRequest request = CloudRequest.of(CloudWords.zipf(30, 7), 600, 400).withSeed(42);

        CloudLayout first = renderer.render(request).layout();
        CloudLayout again = renderer.render(request).layout();
        CloudLayout other = renderer.render(request.withSeed(43)).layout();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void shouldRenderAnEmptyCloudAsABlankImage() {
        Rendered<CloudLayout> cloud = renderer.render(CloudRequest.of(List.of(), 200, 100));

        assertThat(cloud.layout().placed()).isEmpty();
        assertThat(cloud.layout().unplaced()).isEmpty();
        BufferedImage image = Layouts.decode(cloud.png());
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getRGB(100, 50)).isEqualTo(Layouts.WHITE);
    }

    @Test
    void shouldDrawADarkThemeOnTheDarkBackgroundInItsOwnColours() {
        Rendered<CloudLayout> cloud = renderer.render(
                CloudRequest.of(CloudWords.zipf(20, 3), 300, 200).withSeed(4).withTheme(Theme.DARK));

        BufferedImage image = Layouts.decode(cloud.png());
        assertThat(image.getRGB(0, 0)).isEqualTo(TrendPalette.DARK_BACKGROUND.getRGB());
        assertThat(cloud.layout().placed())
                .allSatisfy(word -> assertThat(word.color()).isEqualTo(TrendPalette.hex(word.trend(), Theme.DARK)));
    }

    @Test
    void shouldNotLetCallersChangeTheRenderedBytes() {
        Rendered<CloudLayout> cloud = renderer.render(CloudRequest.of(List.of(word("only", 1)), 200, 100));

        byte[] png = cloud.png();
        png[0] = 0;

        assertThat(cloud.png()[0]).isNotZero();
    }
}
