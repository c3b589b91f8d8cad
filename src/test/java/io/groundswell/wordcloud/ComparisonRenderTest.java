package io.groundswell.wordcloud;

import static io.groundswell.wordcloud.CloudWords.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComparisonRenderTest {

    private final WordCloudRenderer renderer = new WordCloudRenderer();

    @Test
    void shouldKeepEachSideInItsOwnHalfAndAccountForEveryWord() {
        List<CloudWord> left = CloudWords.zipf(60, 1);
        List<CloudWord> right = CloudWords.zipf(40, 2);
        ComparisonLayout layout = renderer.renderComparison(
                        ComparisonRequest.of(left, right, 800, 600).withSeed(8))
                .layout();

        int divider = layout.dividerX();
        assertThat(divider).isBetween(390, 410);
        List<PlacedWord> onLeft = placedOn(layout, Side.LEFT);
        List<PlacedWord> onRight = placedOn(layout, Side.RIGHT);
        Layouts.assertInside(onLeft, new Rectangle(0, 0, divider, 600));
        Layouts.assertInside(onRight, new Rectangle(divider + 1, 0, 800 - divider - 1, 600));
        Layouts.assertDisjoint(layout.placed().stream().map(ComparedWord::word).toList(), 2);
        Layouts.assertAccountedFor(left, onLeft, layout.unplacedLeft());
        Layouts.assertAccountedFor(right, onRight, layout.unplacedRight());
    }

    @Test
    void shouldDrawBothSidesOnOneFontScale() {
        List<CloudWord> left = List.of(word("everything", 100), word("half", 50), word("little", 10));
        List<CloudWord> right = List.of(word("halfagain", 50), word("alittle", 10));
        ComparisonLayout layout = renderer.renderComparison(
                        ComparisonRequest.of(left, right, 800, 400).withSeed(2))
                .layout();

        Map<String, Integer> sizes = layout.placed().stream()
                .map(ComparedWord::word)
                .collect(Collectors.toMap(PlacedWord::text, PlacedWord::fontSize));
        assertThat(sizes).containsOnlyKeys("everything", "half", "little", "halfagain", "alittle");
        assertThat(sizes.get("halfagain")).isEqualTo(sizes.get("half")).isLessThan(sizes.get("everything"));
        assertThat(sizes.get("alittle")).isEqualTo(sizes.get("little"));
    }

    @Test
    void shouldPutAWordListedOnBothSidesOnBothSides() {
        List<CloudWord> both = List.of(word("shared", 3), word("other", 1));
        ComparisonLayout layout = renderer.renderComparison(
                        ComparisonRequest.of(both, both, 400, 200).withSeed(4))
                .layout();

        assertThat(layout.placed())
                .filteredOn(compared -> compared.word().text().equals("shared"))
                .extracting(ComparedWord::side)
                .containsExactlyInAnyOrder(Side.LEFT, Side.RIGHT);
    }

    @Test
    void shouldRenderOneImageOfTheRequestedSizeWithTheInkInsideTheBoxes() {
        Rendered<ComparisonLayout> comparison =
                renderer.renderComparison(ComparisonRequest.of(CloudWords.zipf(30, 3), CloudWords.zipf(30, 4), 700, 300)
                        .withSeed(6));
        BufferedImage image = Layouts.decode(comparison.png());

        assertThat(image.getWidth()).isEqualTo(700);
        assertThat(image.getHeight()).isEqualTo(300);
        int divider = comparison.layout().dividerX();
        assertThat(image.getRGB(divider, 150)).isNotEqualTo(Layouts.WHITE);
        Layouts.assertBoxesHoldTheInk(
                image,
                comparison.layout().placed().stream().map(ComparedWord::word).toList(),
                new Rectangle(divider, 0, 1, 300));
    }

    private static List<PlacedWord> placedOn(ComparisonLayout layout, Side side) {
        return layout.placed().stream()
                .filter(compared -> compared.side() == side)
                .map(ComparedWord::word)
                .toList();
    }
}
