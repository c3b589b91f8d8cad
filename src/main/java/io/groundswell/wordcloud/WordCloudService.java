package io.groundswell.wordcloud;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Word clouds for the rest of the application: renders each distinct request once and answers
 * repeats from a bounded cache. A request without a seed is cached too, so repeating it returns
 * the same layout rather than a fresh random one: a dashboard should not shuffle on every reload.
 */
@ApplicationScoped
public class WordCloudService {

    /** Per kind of rendering. A PNG of 200 words takes about 170 KB at 800×600, 0.7 MB at 2000×2000. */
    static final int CACHE_ENTRIES = 64;

    private final WordCloudRenderer renderer = new WordCloudRenderer();
    private final CloudCache<CloudRequest, RenderedCloud> clouds = new CloudCache<>(CACHE_ENTRIES);
    private final CloudCache<ComparisonRequest, RenderedComparison> comparisons = new CloudCache<>(CACHE_ENTRIES);

    public RenderedCloud render(CloudRequest request) {
        return clouds.get(request, () -> renderer.render(request));
    }

    public RenderedComparison renderComparison(ComparisonRequest request) {
        return comparisons.get(request, () -> renderer.renderComparison(request));
    }

    /** Hits and misses of both caches together. */
    public CacheStats cacheStats() {
        return clouds.stats().plus(comparisons.stats());
    }
}
