package io.groundswell.wordcloud;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * Render times of the word-cloud service, warm, fresh and cached: 50 and 200 words at 800×600, and
 * a comparison of 100 against 100. A main, not a test: timings on a shared two-core machine would
 * make a flaky test. Run it with
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/test.classpath) io.groundswell.wordcloud.CloudRenderBench
 * </pre>
 */
public final class CloudRenderBench {

    private static final int WARMUP = 10;
    private static final int RUNS = 21;

    private CloudRenderBench() {}

    public static void main(String[] args) {
        for (int count : new int[] {50, 200}) {
            List<CloudWord> words = CloudWords.zipf(count, 42);
            WordCloudService service = MapCache.service();
            LongFunction<CloudRequest> request =
                    seed -> CloudRequest.of(words, 800, 600).withSeed(seed);
            Rendered<CloudLayout> sample = service.render(request.apply(-1));
            report(
                    count + " words",
                    seed -> service.render(request.apply(seed)),
                    () -> service.render(request.apply(-1)),
                    sample.layout().placed().size(),
                    sample.layout().unplaced().size());
        }
        WordCloudService service = MapCache.service();
        LongFunction<ComparisonRequest> request =
                seed -> ComparisonRequest.of(CloudWords.zipf(100, 1), CloudWords.zipf(100, 2), 800, 600)
                        .withSeed(seed);
        ComparisonLayout sample = service.renderComparison(request.apply(-1)).layout();
        report(
                "100 vs 100 words",
                seed -> service.renderComparison(request.apply(seed)),
                () -> service.renderComparison(request.apply(-1)),
                sample.placed().size(),
                sample.unplacedLeft().size() + sample.unplacedRight().size());
    }

    /** Fresh renders use a new seed each time, so each one misses the cache. */
    private static void report(String label, LongConsumer fresh, Runnable cached, int placed, int unplaced) {
        long[] seed = {0};
        double freshMs = medianMs(() -> fresh.accept(seed[0]++));
        double cachedMs = medianMs(cached);
        System.out.printf(
                Locale.ROOT,
                "%s at 800x600: fresh median %.1f ms, cached median %.3f ms (placed %d, unplaced %d)%n",
                label,
                freshMs,
                cachedMs,
                placed,
                unplaced);
    }

    private static double medianMs(Runnable render) {
        for (int i = 0; i < WARMUP; i++) {
            render.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
