package io.groundswell.wordcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CloudCacheTest {

    private final AtomicInteger renders = new AtomicInteger();

    private String render(String key) {
        renders.incrementAndGet();
        return new String("rendered " + key);
    }

    @Test
    void shouldRenderOnceForTheSameKeyAndCountHitsAndMisses() {
        CloudCache<String, String> cache = new CloudCache<>(4);

        String first = cache.get("a", () -> render("a"));
        String again = cache.get("a", () -> render("a"));
        String other = cache.get("b", () -> render("b"));

        assertThat(again).isSameAs(first);
        assertThat(other).isEqualTo("rendered b");
        assertThat(renders).hasValue(2);
        assertThat(cache.stats()).isEqualTo(new CacheStats(1, 2, 2, 4));
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedEntry() {
        CloudCache<String, String> cache = new CloudCache<>(2);
        cache.get("a", () -> render("a"));
        cache.get("b", () -> render("b"));
        cache.get("a", () -> render("a"));

        cache.get("c", () -> render("c"));
        cache.get("a", () -> render("a"));
        cache.get("b", () -> render("b"));

        assertThat(renders).as("a, b, c, then b again after its eviction").hasValue(4);
        assertThat(cache.stats().size()).isEqualTo(2);
    }

    @Test
    void shouldNotCacheAFailure() {
        CloudCache<String, String> cache = new CloudCache<>(2);

        assertThatThrownBy(() -> cache.get("a", () -> {
                    throw new IllegalArgumentException("bad input");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad input");
        String retried = cache.get("a", () -> render("a"));

        assertThat(retried).isEqualTo("rendered a");
        assertThat(cache.stats().size()).isEqualTo(1);
    }

    @Test
    void shouldLetAConcurrentRequestWaitForTheRenderingUnderWay() throws Exception {
        CloudCache<String, String> cache = new CloudCache<>(2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> cache.get("a", () -> {
            started.countDown();
            await(release);
            return render("a");
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> cache.get("a", () -> render("a")));
        release.countDown();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isSameAs(slow.get(10, TimeUnit.SECONDS));
        assertThat(renders).hasValue(1);
        assertThat(cache.stats()).isEqualTo(new CacheStats(1, 1, 1, 2));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
