package io.groundswell.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PackagedApp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What back-filling ratings costs an integration: the same number of on-behalf ratings sent one PUT
 * at a time, as integrations had to, and in bulk requests of a chunk each, both by one client
 * against the packaged application. A rating counts when its request has answered: it is committed
 * and in its post's summary (the index follows asynchronously, one queue row per post changed). A
 * main, not a test. Run it after {@code ./mvnw -B package -DskipTests} with
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/test.classpath) io.groundswell.bench.RatingBulkBench [ratings] [chunk]
 * </pre>
 */
public final class RatingBulkBench {

    private static final String SOURCE = "bench-ratings";
    private static final int POSTS = 100;

    private RatingBulkBench() {}

    public static void main(String[] args) throws Exception {
        int ratings = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        // Started inside the try: an app that never gets ready is stopped too.
        try (PackagedApp app = new PackagedApp("rating-bulk-" + System.currentTimeMillis())) {
            app.start();
            JsonClient admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD);
            String key = admin.send(
                            "POST",
                            "/api/admin/api-keys",
                            Map.of("name", "bench", "scopes", List.of("ingest", "rate"), "sources", List.of(SOURCE)),
                            201)
                    .get("key")
                    .asText();
            JsonClient integration = JsonClient.withApiKey(app.baseUrl(), key, Duration.ofMinutes(5));
            Instant posted = Instant.now().minus(Duration.ofDays(60));
            List<Long> postIds = posts(integration, posted);

            long start = System.nanoTime();
            for (int i = 0; i < ratings; i++) {
                integration.send(
                        "PUT",
                        "/api/posts/" + postIds.get(i % POSTS) + "/ratings/single-" + i,
                        Map.of("stars", 1 + i % 5),
                        200);
            }
            double singles = seconds(start);

            start = System.nanoTime();
            int created = 0;
            for (int from = 0; from < ratings; from += chunk) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (int i = from; i < Math.min(ratings, from + chunk); i++) {
                    items.add(Map.of(
                            "postId",
                            postIds.get(i % POSTS),
                            "raterId",
                            "bulk-" + i,
                            "stars",
                            1 + i % 5,
                            "ratedAt",
                            posted.plus(Duration.ofMinutes(i)).toString()));
                }
                for (JsonNode result : integration.send("POST", "/api/ratings/bulk", items, 200)) {
                    if ("created".equals(result.get("status").asText())) {
                        created++;
                    } else {
                        System.out.println("not created: " + result);
                    }
                }
            }
            double bulk = seconds(start);

            long counted = 0;
            for (long id : postIds) {
                counted +=
                        admin.get("/api/posts/" + id).get("rating").get("count").asLong();
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d ratings on %d posts: one PUT each %.1f s (%.0f/s); bulk in chunks of %d %.1f s (%.0f/s),"
                            + " %d created; %d counted in the posts' summaries%n",
                    ratings,
                    POSTS,
                    singles,
                    ratings / singles,
                    chunk,
                    bulk,
                    ratings / bulk,
                    created,
                    counted);
        }
    }

    private static List<Long> posts(JsonClient integration, Instant posted) throws Exception {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            posts.add(Map.of(
                    "source",
                    SOURCE,
                    "externalId",
                    "p" + i,
                    "title",
                    "Bench post " + i,
                    "body",
                    "A post to rate.",
                    "author",
                    Map.of("id", "bench-author-" + i % 7),
                    "createdAt",
                    posted.toString()));
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode result : integration.send("POST", "/api/posts/bulk", posts, 200)) {
            ids.add(result.get("id").asLong());
        }
        return ids;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
