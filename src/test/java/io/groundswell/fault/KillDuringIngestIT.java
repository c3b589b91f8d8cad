package io.groundswell.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PackagedApp;
import io.groundswell.testing.PostBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of ingest, twice. Writers on several threads send posts singly and in bulk
 * and retry whatever was not acknowledged, as an integration would; posts have stable external
 * ids, so a retry of something stored before the kill is an update, not a copy. Afterwards every
 * post is stored exactly once and searchable, and whatever was acknowledged before a kill is
 * searchable the moment the restarted application reports ready (the index catches up from the
 * database's queue of changes).
 */
class KillDuringIngestIT {

    private static final Random RANDOM = FaultSeed.randomFor(KillDuringIngestIT.class);
    private static final String SOURCE = "kill-" + Long.toString(System.nanoTime(), 36);
    private static final String COMMON_WORD = "stalwart";
    private static final int POSTS = 600;
    private static final int WRITERS = 4;
    private static final int KILLS = 2;
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    private static PackagedApp app;
    private static JsonClient admin;

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("kill-during-ingest").start();
        admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        app.close();
    }

    /** A word found in post {@code i} only: letters with an unstemmable end. */
    static String token(int i) {
        return "kd" + (char) ('a' + i / 676) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "zq";
    }

    private static Map<String, Object> post(int i) {
        int author = i % 7;
        return PostBuilder.post(SOURCE, "k-" + i)
                .title("Kill test post " + i)
                .body(COMMON_WORD + " ingest survives " + token(i), "text")
                .author("kill-author-" + author, "Kill Author " + author, "Operations")
                .createdAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i))
                .build();
    }

    @Test
    void shouldKeepEveryAcknowledgedPostThroughTwoKills() throws Exception {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        RetryingWriter.Budget budget = new RetryingWriter.Budget();
        List<Thread> writers = startWriters(budget, acknowledged, failures);
        Instant deadline = Instant.now().plus(DEADLINE);

        for (int kill = 1; kill <= KILLS; kill++) {
            int allowed = POSTS * kill / (KILLS + 1);
            budget.raiseTo(allowed);
            // Writers still have up to a hundred posts to go, some of them in flight, when it falls.
            int threshold = allowed - 100;
            while (acknowledged.size() < threshold
                    && failures.isEmpty()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            assertThat(failures).as("writer failures before kill " + kill).isEmpty();
            app.kill();
            Map<String, Long> beforeKill = Map.copyOf(acknowledged);
            System.out.printf(
                    "KillDuringIngestIT: kill -9 number %d with %d of %d posts acknowledged%n",
                    kill, beforeKill.size(), POSTS);
            assertThat(beforeKill.size()).as("acknowledged at kill " + kill).isBetween(threshold, allowed - 1);
            app.start();
            assertSearchableAtOnce(beforeKill);
        }
        budget.raiseTo(POSTS);
        for (Thread writer : writers) {
            writer.join(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
        }
        assertThat(failures).as("writer failures").isEmpty();
        assertThat(acknowledged).as("acknowledged posts").hasSize(POSTS);
        assertEveryPostStoredOnceAndSearchable(acknowledged);
    }

    private static List<Thread> startWriters(
            RetryingWriter.Budget budget, Map<String, Long> acknowledged, Queue<String> failures) throws Exception {
        String key = admin.send(
                        "POST",
                        "/api/admin/api-keys",
                        Map.of("name", SOURCE + "-writer", "scopes", List.of("ingest"), "sources", List.of(SOURCE)),
                        201)
                .get("key")
                .asText();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            RetryingWriter writer = new RetryingWriter(
                    JsonClient.withApiKey(app.baseUrl(), key, Duration.ofSeconds(30)),
                    batchesOf(w),
                    KillDuringIngestIT::post,
                    budget,
                    acknowledged,
                    failures,
                    DEADLINE);
            Thread thread = new Thread(writer, "kill-writer-" + w);
            thread.setDaemon(true);
            thread.start();
            writers.add(thread);
        }
        return writers;
    }

    /** The writer's share of the posts, in batches of 1 (a single POST) to 12 (a bulk request). */
    private static List<List<Integer>> batchesOf(int writer) {
        List<Integer> mine = IntStream.range(0, POSTS)
                .filter(i -> i % WRITERS == writer)
                .boxed()
                .toList();
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < mine.size(); ) {
            int size = RANDOM.nextInt(3) == 0 ? 1 : 2 + RANDOM.nextInt(11);
            int to = Math.min(mine.size(), from + size);
            batches.add(mine.subList(from, to));
            from = to;
        }
        return batches;
    }

    /**
     * Ready means caught up: everything acknowledged before the kill is searchable at once, asked
     * for in few requests (each an OR of some posts' own words).
     */
    private static void assertSearchableAtOnce(Map<String, Long> acknowledged) throws Exception {
        List<String> ids = new ArrayList<>(acknowledged.keySet());
        Set<Long> found = new HashSet<>();
        int perQuery = 30;
        for (int from = 0; from < ids.size(); from += perQuery) {
            List<String> words = ids.subList(from, Math.min(ids.size(), from + perQuery)).stream()
                    .map(id -> token(Integer.parseInt(id.substring(2))))
                    .toList();
            JsonNode result = admin.get("/api/search?limit=100&source=" + SOURCE + "&q="
                    + URLEncoder.encode(String.join(" OR ", words), StandardCharsets.UTF_8));
            result.get("hits").forEach(hit -> found.add(hit.get("id").asLong()));
        }
        List<Long> missing = acknowledged.values().stream()
                .filter(id -> !found.contains(id))
                .sorted()
                .toList();
        List<Long> lost = new ArrayList<>();
        for (long id : missing) {
            if (admin.exchange("GET", "/api/posts/" + id, null).status() == 404) {
                lost.add(id);
            }
        }
        assertThat(missing)
                .as("posts acknowledged before the kill but not searchable when ready again; of them, gone from"
                        + " the database: " + lost)
                .isEmpty();
    }

    private static void assertEveryPostStoredOnceAndSearchable(Map<String, Long> acknowledged) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        for (int i = 0; i < POSTS; i++) {
            String externalId = "k-" + i;
            JsonNode stored = admin.get("/api/posts?source=" + SOURCE + "&externalId=" + externalId);
            assertThat(stored).as("posts stored as " + externalId).hasSize(1);
            assertThat(stored.get(0).get("id").asLong()).isEqualTo(acknowledged.get(externalId));
            assertThat(stored.get(0).get("title").asText()).isEqualTo("Kill test post " + i);
            JsonNode hits = awaitSearch(token(i), 1, deadline);
            assertThat(hits.get("hits").get(0).get("id").asLong()).isEqualTo(acknowledged.get(externalId));
        }
        assertThat(awaitSearch(COMMON_WORD, POSTS, deadline).get("total").asInt())
                .as("posts of the source in the index")
                .isEqualTo(POSTS);
    }

    /** The search answer once it has {@code total} hits, or the last one at the deadline. */
    private static JsonNode awaitSearch(String q, int total, Instant deadline) throws Exception {
        while (true) {
            JsonNode result = admin.get("/api/search?limit=5&source=" + SOURCE + "&q=" + q);
            if (result.get("total").asInt() == total || Instant.now().isAfter(deadline)) {
                assertThat(result.get("total").asInt())
                        .as("search total for " + q)
                        .isEqualTo(total);
                return result;
            }
            Thread.sleep(100);
        }
    }
}
