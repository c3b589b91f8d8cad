package io.groundswell.wordcloud;

import io.quarkus.cache.Cache;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** An unbounded in-memory cache for running the word-cloud service outside the application (benchmarks). */
public final class MapCache implements Cache {

    private final Map<Object, Object> entries = new ConcurrentHashMap<>();

    /** The service with a cache of this kind for clouds and one for comparisons. */
    public static WordCloudService service() {
        return new WordCloudService(new MapCache(), new MapCache());
    }

    @Override
    public String getName() {
        return "map";
    }

    @Override
    public Object getDefaultKey() {
        return "default";
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Uni<V> get(K key, Function<K, V> valueLoader) {
        return Uni.createFrom().item(() -> (V) entries.computeIfAbsent(key, k -> valueLoader.apply(key)));
    }

    @Override
    public <K, V> Uni<V> getAsync(K key, Function<K, Uni<V>> valueLoader) {
        return get(key, k -> valueLoader.apply(k).await().indefinitely());
    }

    @Override
    public Uni<Void> invalidate(Object key) {
        entries.remove(key);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> invalidateAll() {
        entries.clear();
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> invalidateIf(Predicate<Object> predicate) {
        entries.keySet().removeIf(predicate);
        return Uni.createFrom().voidItem();
    }

    @Override
    public <T extends Cache> T as(Class<T> type) {
        throw new UnsupportedOperationException("a plain map, not " + type.getSimpleName());
    }
}
