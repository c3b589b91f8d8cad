package io.groundswell.bench;

import static io.groundswell.bench.ResultsTable.f;
import static io.groundswell.bench.ResultsTable.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.bench.PostgresReference.Vectors;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.PlainText;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PackagedApp;
import io.groundswell.wordcloud.CloudRequest;
import io.groundswell.wordcloud.CloudWord;
import io.groundswell.wordcloud.Direction;
import io.groundswell.wordcloud.MapCache;
import io.groundswell.wordcloud.WordCloudService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The benchmark harness: runs the packaged application as a real process and measures it side by
 * side with raw Lucene and PostgreSQL on the same data, in one run. It asserts no speed (goals are
 * reported as met or not); it fails only when a scenario errors. Run it with
 * {@code ./mvnw verify -Pbench} (small) or {@code -Pbench -Dbench.size=large}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkSuite {

    private static final BenchSize SIZE = BenchSize.fromSystemProperties();
    private static final String DB =
            System.getProperty("groundswell.it.jdbc.url") == null ? "H2 (embedded)" : "PostgreSQL";
    private static final ResultsTable TABLE =
            new ResultsTable("Groundswell benchmark, size " + SIZE.name() + ", " + DB);
    private static final Instant NOW = Instant.now();
    private static final BenchCorpus CORPUS = new BenchCorpus(SIZE.posts(), SIZE.days(), NOW);
    private static final int CHUNK = 500;
    private static final int TREND_WARM_UPS = 3;
    /** Trend requests measured per history size (p99 of 50 by nearest rank is the slowest). */
    private static final int TREND_SAMPLES = 50;

    private static PackagedApp app;
    private static JsonClient admin;
    private static Optional<PostgresReference> postgres;
    private static RawLucene raw;
    private static final List<Long> ids = new ArrayList<>();
    private static int ingested;

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("bench-" + SIZE.name()).with("-Dgroundswell.trends.check-every=3600s");
        // Extra JVM options for the application, such as a flight recording to profile a scenario.
        for (String option : System.getProperty("bench.app-options", "").split("\\s+")) {
            if (!option.isBlank()) {
                app.with(option);
            }
        }
        app.start();
        admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD);
        postgres = PostgresReference.connect();
        raw = new RawLucene(Files.createTempDirectory("raw-lucene"));
    }

    @AfterAll
    static void stop() throws Exception {
        TABLE.write(Path.of("target", "bench"), ResultsTable.machine());
        raw.close();
        if (postgres.isPresent()) {
            postgres.get().close();
        }
        app.close();
    }

    @Test
    @Order(1)
    void startToReadyAndIdleMemory() throws Exception {
        Thread.sleep(3000);
        TABLE.add(
                "start to ready (empty database)",
                f("%.1f s", app.lastStartToReady().toMillis() / 1000.0),
                "",
                "",
                "",
                "");
        TABLE.add("idle resident memory", f("%d MiB", app.residentKiB() / 1024), "", "", "", "");
    }

    @Test
    @Order(2)
    void ingestAndTrendsAtTwoHistorySizes() throws Exception {
        measureIngest(Math.min(SIZE.restPosts(), SIZE.firstCheckpoint()));
        extendHistory(SIZE.firstCheckpoint());
        measureTrends(SIZE.firstCheckpoint());
        if (SIZE.posts() > SIZE.firstCheckpoint()) {
            measureIngest(Math.min(SIZE.restPosts(), SIZE.posts()));
            extendHistory(SIZE.posts());
            measureTrends(SIZE.posts());
        }
        if (SIZE.restPosts() < SIZE.posts()) {
            app.stop();
            app.start();
            Thread.sleep(3000);
            TABLE.add(
                    f("start to ready, %,d posts, index intact", ingested),
                    f("%.1f s", app.lastStartToReady().toMillis() / 1000.0),
                    "",
                    "",
                    "",
                    "");
            TABLE.add(
                    f("idle resident memory, %,d posts", ingested),
                    f("%d MiB", app.residentKiB() / 1024),
                    "",
                    "",
                    "",
                    "");
        }
    }

    /**
     * Grows the history beyond what REST ingested: the rest goes straight into the stopped
     * application's database ({@link SqlHistory}), the index folder is deleted, and the start that
     * follows rebuilds it before it reports ready, which is the measured rebuild.
     */
    private void extendHistory(int until) throws Exception {
        if (until <= ingested) {
            return;
        }
        int from = ingested;
        app.stop();
        SqlHistory.insert(app, CORPUS, from, until);
        deleteRecursively(app.dataDir().resolve("index"));
        app.start();
        double seconds = app.lastStartToReady().toMillis() / 1000.0;
        TABLE.add(
                f("rebuild the index on start (folder deleted), %,d posts", until),
                f("%.0f s (%,.0f posts/s)", seconds, until / seconds),
                "",
                "",
                "",
                "");
        for (int i = from; i < until; i++) {
            Map<String, Object> post = CORPUS.json(i);
            raw.add(post);
            if (postgres.isPresent()) {
                postgres.get().add(post, plain(post));
            }
        }
        raw.commit();
        if (postgres.isPresent()) {
            postgres.get().flush();
        }
        ingested = until;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** REST bulk ingest up to {@code until} posts, until searchable; raw Lucene on the same posts. */
    private void measureIngest(int until) throws Exception {
        if (until <= ingested) {
            return;
        }
        int from = ingested;
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> chunks = new ArrayList<>();
            for (int chunk = from; chunk < until; chunk += CHUNK) {
                int first = chunk;
                int last = Math.min(until, chunk + CHUNK);
                chunks.add(clients.submit(() -> postChunk(first, last)));
            }
            for (Future<List<Long>> chunk : chunks) {
                ids.addAll(chunk.get());
            }
        } finally {
            clients.shutdownNow();
        }
        awaitSearchable(until);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = (until - from) / seconds;

        List<Map<String, Object>> posts = new ArrayList<>(until - from);
        for (int i = from; i < until; i++) {
            posts.add(CORPUS.json(i));
        }
        long rawStart = System.nanoTime();
        for (Map<String, Object> post : posts) {
            raw.add(post);
        }
        raw.commit();
        double rawRate = (until - from) / ((System.nanoTime() - rawStart) / 1e9);
        if (postgres.isPresent()) {
            for (Map<String, Object> post : posts) {
                postgres.get().add(post, plain(post));
            }
            postgres.get().flush();
        }
        ingested = until;
        TABLE.add(
                f("bulk ingest REST → database → searchable, posts %,d–%,d (~2 KB)", from, until),
                f("%,.0f posts/s", rate),
                f("raw Lucene %,.0f posts/s", rawRate),
                f("%.2f", rate / rawRate),
                "≥ 0.5",
                verdict(rate / rawRate >= 0.5));
    }

    private static String plain(Map<String, Object> post) {
        return PlainText.of((String) post.get("body"), BodyFormat.fromWire((String) post.get("bodyFormat")));
    }

    private static List<Long> postChunk(int first, int last) throws Exception {
        List<Map<String, Object>> chunk = new ArrayList<>(last - first);
        for (int i = first; i < last; i++) {
            chunk.add(CORPUS.json(i));
        }
        JsonNode results = admin.send("POST", "/api/posts/bulk", chunk, 200);
        List<Long> stored = new ArrayList<>();
        for (JsonNode result : results) {
            if (!result.path("id").canConvertToLong()) {
                throw new IllegalStateException("rejected: " + result);
            }
            stored.add(result.get("id").asLong());
        }
        return stored;
    }

    private static void awaitSearchable(int total) {
        await("all posts searchable")
                .atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> admin.get("/api/search?limit=1").path("total").asLong() >= total);
    }

    /**
     * Top-100 trends of the last 30 days of the history so far, cache busted, against ts_stat on
     * the same posts: the window alone and the window with its 90-day baseline (what trends read),
     * each from the stored tsvector column (the reference) and parsed per query.
     */
    private void measureTrends(int history) throws Exception {
        Instant to = CORPUS.post(history - 1).createdAt().plusSeconds(1);
        Instant from = to.minus(Duration.ofDays(30));
        Latencies groundswell = new Latencies();
        for (int i = 0; i < TREND_WARM_UPS + TREND_SAMPLES; i++) {
            Instant end = to.plusSeconds(i); // a different window each time: no cache hit
            long start = System.nanoTime();
            JsonNode report = admin.get("/api/trends?limit=100&from=" + end.minus(Duration.ofDays(30)) + "&to=" + end);
            if (i >= TREND_WARM_UPS) {
                groundswell.add(System.nanoTime() - start);
            }
            assertThat(report.path("terms").size()).isPositive();
        }
        double p50 = groundswell.percentileMillis(50);
        String figure = f("p50 %,.0f ms, p99 %,.0f ms", p50, groundswell.percentileMillis(99));
        String scenario = f("top-100 trends, 30-day window, %,d posts of history", history);
        if (postgres.isEmpty()) {
            TABLE.add(scenario, figure, "PostgreSQL not reachable", "", "p50 ≤ 100 ms at 1M", verdict(p50 <= 100));
            return;
        }
        postgres.get().indexDates();
        Instant baselineFrom = from.minus(Duration.ofDays(90));
        for (Vectors vectors : Vectors.values()) {
            String parsed = vectors == Vectors.STORED ? "stored tsvector" : "to_tsvector per query";
            Latencies window = new Latencies();
            Latencies withBaseline = new Latencies();
            for (int i = 0; i < 5; i++) {
                window.add(postgres.get().topWords(vectors, from, to));
                withBaseline.add(postgres.get().risingWords(vectors, from, to, baselineFrom));
            }
            trendRow(scenario + ", vs window + 90-day baseline", figure, p50, "ts_stat, " + parsed, withBaseline);
            trendRow(scenario + ", vs window alone", figure, p50, "ts_stat, " + parsed, window);
        }
    }

    private static void trendRow(String scenario, String figure, double p50, String reference, Latencies pg) {
        double pgP50 = pg.percentileMillis(50);
        TABLE.add(
                scenario,
                figure,
                f("%s p50 %,.0f ms, p99 %,.0f ms", reference, pgP50, pg.percentileMillis(99)),
                f(pgP50 / p50 < 1 ? "%.2f×" : "%.1f×", pgP50 / p50),
                "p50 ≤ 100 ms at 1M; ≥ 20× ts_stat",
                verdict(p50 <= 100 && pgP50 / p50 >= 20));
    }

    @Test
    @Order(3)
    void ratingsFromSixtyFourConcurrentClients() throws Exception {
        List<JsonClient> raters = new ArrayList<>();
        for (int r = 0; r < SIZE.raters(); r++) {
            String username = "bench-rater-" + r;
            admin.send(
                    "POST",
                    "/api/admin/users",
                    Map.of(
                            "username",
                            username,
                            "password",
                            "bench-password",
                            "roles",
                            List.of("employee"),
                            "department",
                            "Bench"),
                    201);
            raters.add(new JsonClient(app.baseUrl(), username, "bench-password"));
        }
        // One unmeasured rating each first: the password check (bcrypt) happens once per person.
        for (JsonClient rater : raters) {
            rater.send("PUT", "/api/posts/" + ids.get(0) + "/rating", Map.of("stars", 3), 200);
        }
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(SIZE.raters());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (JsonClient rater : raters) {
                work.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < SIZE.ratingsPerRater(); i++) {
                        long post = ids.get(random.nextInt(ids.size()));
                        long begin = System.nanoTime();
                        rater.send(
                                "PUT", "/api/posts/" + post + "/rating", Map.of("stars", 1 + random.nextInt(5)), 200);
                        latencies.add(System.nanoTime() - begin);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double perSecond = latencies.count() / ((System.nanoTime() - start) / 1e9);
        double p99 = latencies.percentileMillis(99);
        String reference = "";
        String ratio = "";
        String goal = "≥ 5,000/s, p99 ≤ 20 ms";
        boolean met = perSecond >= 5000 && p99 <= 20;
        if (postgres.isPresent() && DB.equals("PostgreSQL")) {
            double pgbench = postgres.get().pgbenchUpsertsPerSecond();
            reference = f("pgbench upserts %,.0f/s", pgbench);
            ratio = f("%.2f", perSecond / pgbench);
            goal = "≥ 0.5 × pgbench";
            met = perSecond / pgbench >= 0.5;
        }
        TABLE.add(
                f("ratings, %d concurrent HTTP clients, %,d ratings", SIZE.raters(), latencies.count()),
                f("%,.0f/s, p50 %.1f ms, p99 %.1f ms", perSecond, latencies.percentileMillis(50), p99),
                reference,
                ratio,
                goal,
                verdict(met));
    }

    @Test
    @Order(4)
    void searchTwoTermsAndAFilter() throws Exception {
        List<String[]> queries = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (queries.size() < SIZE.searches()) {
            String[] words =
                    CORPUS.post(random.nextInt(ingested)).title().toLowerCase().split("[^\\p{L}]+");
            List<String> usable = new ArrayList<>();
            for (String word : words) {
                if (word.length() >= 5) {
                    usable.add(word);
                }
            }
            if (usable.size() >= 2) {
                queries.add(new String[] {usable.get(0), usable.get(1)});
            }
        }
        Latencies api = new Latencies();
        long start = System.nanoTime();
        for (String[] q : queries) {
            long begin = System.nanoTime();
            admin.get("/api/search?limit=10&source=forum&q=" + q[0] + "+" + q[1]);
            api.add(System.nanoTime() - begin);
        }
        double apiQps = queries.size() / ((System.nanoTime() - start) / 1e9);
        Latencies lucene = new Latencies();
        long rawStart = System.nanoTime();
        for (String[] q : queries) {
            long begin = System.nanoTime();
            raw.search(q[0], q[1], "forum");
            lucene.add(System.nanoTime() - begin);
        }
        double rawQps = queries.size() / ((System.nanoTime() - rawStart) / 1e9);
        TABLE.add(
                f("search, 2 terms + a filter, %,d posts, one client", ingested),
                f("%,.0f q/s, p99 %.1f ms", apiQps, api.percentileMillis(99)),
                f("raw Lucene %,.0f q/s, p99 %.2f ms", rawQps, lucene.percentileMillis(99)),
                f("%.3f", apiQps / rawQps),
                "",
                "");
    }

    @Test
    @Order(5)
    void wordCloudFreshAndCached() throws Exception {
        // Rendering in-process with exactly 50 and 200 words: the trends of a benchmark corpus may
        // hold fewer, and the figure is about Kumo's layout, not about how many terms trend.
        WordCloudService service = MapCache.service();
        for (int words : new int[] {50, 200}) {
            Latencies fresh = new Latencies();
            Latencies cached = new Latencies();
            for (int round = 0; round < 8; round++) {
                List<CloudWord> list = new ArrayList<>();
                for (int i = 0; i < words; i++) {
                    String text = CORPUS.post((round * 997 + i * 13) % ingested)
                                    .title()
                                    .split(" ")[0]
                            + i;
                    list.add(new CloudWord(
                            text, 1 + (words - i) * 0.1, i % 3 == 0 ? Direction.FALLING : Direction.RISING));
                }
                CloudRequest request = CloudRequest.of(list, 800, 600);
                long begin = System.nanoTime();
                service.render(request);
                if (round > 1) {
                    fresh.add(System.nanoTime() - begin);
                }
                begin = System.nanoTime();
                service.render(request);
                cached.add(System.nanoTime() - begin);
            }
            TABLE.add(
                    f("word cloud, %d words, 800×600, layout and PNG", words),
                    f("fresh p50 %.0f ms", fresh.percentileMillis(50)),
                    f("cached p50 %.2f ms", cached.percentileMillis(50)),
                    "",
                    "",
                    "");
        }
        long begin = System.nanoTime();
        admin.getBytes("/api/wordcloud.png?window=30d&width=800&height=600");
        long first = System.nanoTime() - begin;
        begin = System.nanoTime();
        admin.getBytes("/api/wordcloud.png?window=30d&width=800&height=600");
        TABLE.add(
                "GET /api/wordcloud.png (30d trends), first and repeated",
                f("%.0f ms", first / 1e6),
                f("repeated %.1f ms", (System.nanoTime() - begin) / 1e6),
                "",
                "",
                "");
    }

    @Test
    @Order(6)
    void rebuildTheIndex() throws Exception {
        if (SIZE.restPosts() < SIZE.posts()) {
            return; // measured on start by extendHistory, with the whole history
        }
        long start = System.nanoTime();
        admin.send("POST", "/api/admin/reindex", null, 202);
        Instant deadline = Instant.now().plus(Duration.ofHours(2));
        boolean started = false;
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            boolean ready =
                    admin.get("/api/admin/reindex").path("state").asText().equals("ready");
            started |= !ready || Duration.ofNanos(System.nanoTime() - start).toSeconds() > 5;
            if (started && ready) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        TABLE.add(
                f("rebuild the index from the database, %,d posts", ingested),
                f("%.1f s (%,.0f posts/s)", seconds, ingested / seconds),
                "",
                "",
                "",
                "");
    }
}
