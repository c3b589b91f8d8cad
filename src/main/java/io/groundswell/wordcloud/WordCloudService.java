package io.groundswell.wordcloud;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Word clouds for the rest of the application: renders each distinct request once and answers
 * repeats from a bounded cache (concurrent requests for one rendering wait for it; a rendering that
 * fails is not kept). A request without a seed is cached too, so repeating it returns the same
 * layout rather than a fresh random one: a dashboard should not shuffle on every reload.
 */
@ApplicationScoped
public class WordCloudService {

    private final WordCloudRenderer renderer = new WordCloudRenderer();
    private final Cache clouds;
    private final Cache comparisons;

    WordCloudService(@CacheName("word-clouds") Cache clouds, @CacheName("word-cloud-comparisons") Cache comparisons) {
        this.clouds = clouds;
        this.comparisons = comparisons;
    }

    public Rendered<CloudLayout> render(CloudRequest request) {
        return clouds.get(request, renderer::render).await().indefinitely();
    }

    public Rendered<ComparisonLayout> renderComparison(ComparisonRequest request) {
        return comparisons.get(request, renderer::renderComparison).await().indefinitely();
    }
}
