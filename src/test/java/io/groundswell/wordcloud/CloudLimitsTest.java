package io.groundswell.wordcloud;

import static io.groundswell.wordcloud.CloudWords.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groundswell.system.Problem;
import io.groundswell.system.ProblemException;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloudLimitsTest {

    private static final List<CloudWord> WORDS = List.of(word("alpha", 2), word("beta", 1));

    private final WordCloudRenderer renderer = new WordCloudRenderer();

    @ParameterizedTest
    @CsvSource({"99,600,width", "2001,600,width", "0,600,width", "-5,600,width", "800,99,height", "800,2001,height"})
    void shouldRejectCanvasSidesOutOfRange(int width, int height, String field) {
        assertRejected(() -> renderer.render(CloudRequest.of(WORDS, width, height)), field);
        assertRejected(() -> renderer.renderComparison(ComparisonRequest.of(WORDS, WORDS, width, height)), field);
    }

    @Test
    void shouldAcceptTheBoundsThemselves() {
        assertThat(renderer.render(CloudRequest.of(WORDS, 100, 2000)).layout().height())
                .isEqualTo(2000);
        assertThat(renderer.render(CloudRequest.of(WORDS, 2000, 100)).layout().width())
                .isEqualTo(2000);
    }

    @Test
    void shouldRejectPaddingOutOfRange() {
        assertRejected(() -> renderer.render(new CloudRequest(WORDS, 400, 300, -1, null)), "padding");
        assertRejected(
                () -> renderer.render(new CloudRequest(WORDS, 400, 300, CloudLimits.MAX_PADDING_PX + 1, null)),
                "padding");
    }

    @Test
    void shouldRejectBadWords() {
        assertRejected(() -> render(word("  ", 1)), "words");
        assertRejected(() -> render(word("tab\there", 1)), "words");
        assertRejected(() -> render(word("x".repeat(CloudLimits.MAX_TEXT_CHARS + 1), 1)), "words");
        assertRejected(() -> render(word("nan", Double.NaN)), "words");
        assertRejected(() -> render(word("infinite", Double.POSITIVE_INFINITY)), "words");
        assertRejected(() -> render(word("negative", -1)), "words");
        assertRejected(() -> render(word("twice", 2), word("twice", 1)), "words");
    }

    @Test
    void shouldRejectTooManyWordsAndNameTheSide() {
        List<CloudWord> tooMany = CloudWords.zipf(CloudLimits.MAX_INPUT_WORDS + 1, 1);

        assertRejected(() -> renderer.render(CloudRequest.of(tooMany, 400, 300)), "words");
        assertRejected(() -> renderer.renderComparison(ComparisonRequest.of(WORDS, tooMany, 400, 300)), "right");
    }

    @Test
    void shouldAllowTheSameWordOnBothSidesOfAComparison() {
        ComparisonLayout layout = renderer.renderComparison(
                        ComparisonRequest.of(WORDS, WORDS, 400, 300).withSeed(1))
                .layout();

        assertThat(layout.placed()).hasSize(4);
    }

    @Test
    void shouldRejectNullWordsWhenTheRequestIsBuilt() {
        assertThatThrownBy(() -> CloudRequest.of(Collections.singletonList(null), 400, 300))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CloudWord("x", 1, null)).isInstanceOf(NullPointerException.class);
    }

    private Rendered<CloudLayout> render(CloudWord... words) {
        return renderer.render(CloudRequest.of(List.of(words), 400, 300));
    }

    private static void assertRejected(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            Problem problem = e.problem();
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly(field);
        });
    }
}
