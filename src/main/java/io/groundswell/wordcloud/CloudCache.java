package io.groundswell.wordcloud;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The most recently used renderings, keyed by their whole input. A key that is being rendered is
 * already in the cache, so concurrent requests for it wait for the one rendering instead of
 * starting their own; a rendering that fails is dropped, so the next request tries again.
 */
final class CloudCache<K, V> {

    private final int capacity;
    private final Map<K, FutureTask<V>> entries;
    private long hits;
    private long misses;

    CloudCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > CloudCache.this.capacity;
            }
        };
    }

    V get(K key, Supplier<V> render) {
        FutureTask<V> task;
        boolean ours = false;
        synchronized (this) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(render::get);
                entries.put(key, task);
                ours = true;
                misses++;
            } else {
                hits++;
            }
        }
        if (ours) {
            task.run();
        }
        return await(key, task);
    }

    synchronized CacheStats stats() {
        return new CacheStats(hits, misses, entries.size(), capacity);
    }

    private V await(K key, FutureTask<V> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (this) {
                entries.remove(key, task);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a word cloud being rendered", e);
        }
    }
}
