package io.groundswell.wordcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Renderings are cached by their whole input; hits and misses are what the metrics report. */
@QuarkusTest
class WordCloudServiceTest {

    @Inject
    WordCloudService service;

    @Inject
    MeterRegistry metrics;

    @CacheName("word-clouds")
    Cache clouds;

    @CacheName("word-cloud-comparisons")
    Cache comparisons;

    private double[] before;

    /** Each test starts from empty caches, whatever the application rendered before. */
    @BeforeEach
    void startEmpty() {
        clouds.invalidateAll().await().indefinitely();
        comparisons.invalidateAll().await().indefinitely();
        before = counts();
    }

    /** Hits and misses of both rendering caches since the test began. */
    private List<Long> cacheStats() {
        double[] now = counts();
        return List.of(Math.round(now[0] - before[0]), Math.round(now[1] - before[1]));
    }

    private double[] counts() {
        double hits = 0;
        double misses = 0;
        for (String cache : List.of("word-clouds", "word-cloud-comparisons")) {
            hits += count(cache, "hit");
            misses += count(cache, "miss");
        }
        return new double[] {hits, misses};
    }

    private double count(String cache, String result) {
        FunctionCounter counter = metrics.find("cache.gets")
                .tag("cache", cache)
                .tag("result", result)
                .functionCounter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldAnswerAnIdenticalRequestFromTheCache() {
        List<CloudWord> words = CloudWords.zipf(20, 1);

        Rendered<CloudLayout> first = service.render(CloudRequest.of(words, 400, 300));
        Rendered<CloudLayout> again = service.render(CloudRequest.of(new ArrayList<>(words), 400, 300));

        assertThat(again).isSameAs(first);
        assertThat(cacheStats()).containsExactly(1L, 1L);
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
        Direction otherTrend = Direction.values()[(words.get(3).trend().ordinal() + 1) % Direction.values().length];
        turned.set(3, new CloudWord(words.get(3).text(), words.get(3).weight(), otherTrend));

        Rendered<CloudLayout> original = service.render(request);
        List<Rendered<CloudLayout>> variants = List.of(
                service.render(CloudRequest.of(reweighed, 400, 300)),
                service.render(CloudRequest.of(turned, 400, 300)),
                service.render(CloudRequest.of(words, 401, 300)),
                service.render(new CloudRequest(words, 400, 300, 3, request.seed())),
                service.render(request.withSeed(1)));

        assertThat(variants).allSatisfy(variant -> assertThat(variant).isNotSameAs(original));
        assertThat(cacheStats()).containsExactly(0L, 6L);
    }

    @Test
    void shouldCacheComparisonsToo() {
        ComparisonRequest request = ComparisonRequest.of(CloudWords.zipf(10, 1), CloudWords.zipf(10, 2), 400, 200);

        Rendered<ComparisonLayout> first = service.renderComparison(request);

        assertThat(service.renderComparison(request)).isSameAs(first);
        assertThat(service.renderComparison(request.withSeed(5))).isNotSameAs(first);
        assertThat(cacheStats()).containsExactly(1L, 2L);
    }
}
