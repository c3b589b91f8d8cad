package io.groundswell.wordcloud;

/** How well the rendering cache does: a hit is a request answered without rendering. */
public record CacheStats(long hits, long misses, int size, int capacity) {

    CacheStats plus(CacheStats other) {
        return new CacheStats(hits + other.hits, misses + other.misses, size + other.size, capacity + other.capacity);
    }
}
