package io.groundswell.wordcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCloudServiceTest {

    private final WordCloudService service = new WordCloudService();

    @Test
    void shouldAnswerAnIdenticalRequestFromTheCache() {
        List<CloudWord> words = CloudWords.zipf(20, 1);

        RenderedCloud first = service.render(CloudRequest.of(words, 400, 300));
        RenderedCloud again = service.render(CloudRequest.of(new ArrayList<>(words), 400, 300));

        assertThat(again).isSameAs(first);
        assertThat(service.cacheStats())
                .extracting(CacheStats::hits, CacheStats::misses)
                .containsExactly(1L, 1L);
    }

    @Test
    void shouldRenderAgainWhenAnyPartOfTheInputDiffers() {
        List<CloudWord> words = CloudWords.zipf(20, 1);
        CloudRequest request = CloudRequest.of(words, 400, 300);
        List<CloudWord> reweighed = new ArrayList<>(words);
        reweighed.set(
                3,
                new CloudWord(
                        words.get(3).text(),
                        words.get(3).weight() + 0.5,
                        words.get(3).trend()));
        List<CloudWord> turned = new ArrayList<>(words);
        Trend otherTrend = Trend.values()[(words.get(3).trend().ordinal() + 1) % Trend.values().length];
        turned.set(3, new CloudWord(words.get(3).text(), words.get(3).weight(), otherTrend));

        RenderedCloud original = service.render(request);
        List<RenderedCloud> variants = List.of(
                service.render(CloudRequest.of(reweighed, 400, 300)),
                service.render(CloudRequest.of(turned, 400, 300)),
                service.render(CloudRequest.of(words, 401, 300)),
                service.render(request.withPadding(3)),
                service.render(request.withSeed(1)));

        assertThat(variants).allSatisfy(variant -> assertThat(variant).isNotSameAs(original));
        assertThat(service.cacheStats())
                .extracting(CacheStats::hits, CacheStats::misses)
                .containsExactly(0L, 6L);
    }

    @Test
    void shouldCacheComparisonsToo() {
        ComparisonRequest request = ComparisonRequest.of(CloudWords.zipf(10, 1), CloudWords.zipf(10, 2), 400, 200);

        RenderedComparison first = service.renderComparison(request);

        assertThat(service.renderComparison(request)).isSameAs(first);
        assertThat(service.renderComparison(request.withSeed(5))).isNotSameAs(first);
        assertThat(service.cacheStats())
                .extracting(CacheStats::hits, CacheStats::misses)
                .containsExactly(1L, 2L);
    }
}
