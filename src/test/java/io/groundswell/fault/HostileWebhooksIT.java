package io.groundswell.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PackagedApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile deliveries at the public Discourse webhook of the packaged application: many concurrent
 * 15 MB bodies with a wrong signature, and captured signed deliveries replayed with their unsigned
 * headers (event, event id, instance) changed. Neither may cost the process its memory, nor change
 * what is stored.
 */
class HostileWebhooksIT {

    private static final String SECRET = "flood-test-secret";
    private static final String PATH = "/api/integrations/discourse";
    private static final int DELIVERIES = 60;
    private static final int BODY_BYTES = 15 * 1024 * 1024;

    private static final String INSTANCE = "https://forum.example";
    private static final Random RANDOM = FaultSeed.randomFor(HostileWebhooksIT.class);

    private static PackagedApp app;
    private static JsonClient admin;

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("hostile-webhooks")
                .with("-Dgroundswell.integrations.discourse.secret=" + SECRET)
                .with("-Dgroundswell.integrations.discourse.url=" + INSTANCE)
                .start();
        admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD, Duration.ofMinutes(1));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    /**
     * Half with a Content-Length, half chunked: each is refused with 413 before it is read, and the
     * process stays up, within its heap, and goes on applying genuine deliveries.
     */
    @Test
    void shouldRefuseOversizedUnverifiedBodiesWithoutHoldingThem() throws Exception {
        byte[] body = new byte[BODY_BYTES];
        Arrays.fill(body, (byte) 'x');
        long rssBefore = app.residentKiB();
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(2 * DELIVERIES);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            boolean chunked = i % 2 == 1;
            answers.add(CompletableFuture.supplyAsync(() -> deliver(body, chunked, threads), threads));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (CompletableFuture<Integer> answer : answers) {
            statuses.merge(answer.get(), 1, Integer::sum);
        }
        threads.shutdownNow();
        long rssAfter = app.residentKiB();
        System.out.printf(
                "HostileWebhooksIT: %d deliveries of %d MB in %d ms, statuses %s, RSS %d MB -> %d MB%n",
                DELIVERIES,
                BODY_BYTES >> 20,
                (System.nanoTime() - start) / 1_000_000,
                statuses,
                rssBefore >> 10,
                rssAfter >> 10);

        assertThat(statuses).as("answers to oversized unverified bodies").isEqualTo(Map.of(413, DELIVERIES));
        assertThat(app.logSinceStart())
                .doesNotContain("OutOfMemoryError")
                .doesNotContain("Response has already been written");
        String genuine = post(424242, "<p>after the flood</p>", 1, "2026-01-15T10:00:00Z", null);
        assertThat(deliver(genuine, "post_created", newEventId(), INSTANCE))
                .as("a genuine delivery afterwards")
                .isEqualTo(200);
    }

    /**
     * Captured signed deliveries sent again in a random order with every unsigned header changed:
     * relabelled, with a new, absent or reused event id, from a forged or another registered
     * instance; and older versions of a post that were never delivered (as if captured long ago).
     * Nothing stored changes: the post keeps its last edit, its link and its one rating, and a
     * deleted post stays deleted.
     */
    @Test
    void shouldChangeNothingWhenSignedDeliveriesAreReplayedWithOtherHeaders() throws Exception {
        String other = "https://other-" + Long.toString(FaultSeed.value() & 0xffffff, 36) + ".example";
        admin.send(
                "POST", "/api/admin/integrations/discourse", Map.of("instance", other, "secret", "other-secret"), 201);
        long kept = 1_000_000 + RANDOM.nextInt(1_000_000);
        long deleted = kept + 1;
        List<String> captured = new ArrayList<>();
        List<String> genuineIds = new ArrayList<>();
        String[][] history = {
            {post(kept, "<p>v1</p>", 1, "2026-01-15T10:00:00Z", null), "post_created"},
            {post(kept, "<p>v2</p>", 2, "2026-01-15T11:00:00Z", null), "post_edited"},
            {post(kept, "<p>v3</p>", 3, "2026-01-15T12:00:00Z", null), "post_edited"},
            {like(post(kept, "<p>v3</p>", 3, "2026-01-15T12:00:00Z", null)), "post_liked"},
            {post(deleted, "<p>gone</p>", 1, "2026-01-15T10:00:00Z", null), "post_created"},
            {post(deleted, "<p>gone</p>", 1, "2026-01-15T10:00:00Z", "2026-01-16T10:00:00Z"), "post_destroyed"}
        };
        for (String[] delivery : history) {
            String eventId = newEventId();
            assertThat(deliver(delivery[0], delivery[1], eventId, INSTANCE)).isEqualTo(200);
            captured.add(delivery[0]);
            genuineIds.add(eventId);
        }
        // Older versions in bytes never delivered: what a capture from before the replay window is.
        for (int version = 1; version <= 2; version++) {
            captured.add(
                    post(kept, "<p>v" + version + "</p>", version, "2026-01-15T1" + (version - 1) + ":00:00Z", null)
                            .replace("}}", ", \"reads\": " + RANDOM.nextInt(100) + "}}"));
        }
        JsonNode before = stored(kept);

        List<String> labels = List.of(
                "post_created", "post_edited", "post_destroyed", "post_recovered", "post_liked", "topic_created", "");
        List<String> instances =
                List.of(INSTANCE, "", "https://evil.example", other, INSTANCE.toUpperCase(Locale.ROOT));
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < 150; i++) {
            String body = captured.get(RANDOM.nextInt(captured.size()));
            String eventId =
                    switch (RANDOM.nextInt(3)) {
                        case 0 -> null;
                        case 1 -> newEventId();
                        default -> genuineIds.get(RANDOM.nextInt(genuineIds.size()));
                    };
            int status = deliver(
                    body,
                    labels.get(RANDOM.nextInt(labels.size())),
                    eventId,
                    instances.get(RANDOM.nextInt(instances.size())));
            statuses.merge(status, 1, Integer::sum);
        }
        System.out.printf("HostileWebhooksIT: replayed deliveries answered %s%n", statuses);

        assertThat(statuses.keySet()).as("answers to replayed deliveries").isSubsetOf(200, 202, 401);
        JsonNode after = stored(kept);
        assertThat(after.path("body").asText()).isEqualTo("<p>v3</p>");
        assertThat(after.path("url").asText()).isEqualTo(INSTANCE + "/t/a-topic/" + kept + "/1");
        assertThat(after.path("rating").path("count").asInt()).isEqualTo(1);
        assertThat(after.path("updatedAt")).isEqualTo(before.path("updatedAt"));
        assertThat(admin.get("/api/posts?source=discourse&externalId=" + deleted))
                .isEmpty();
        assertThat(app.logSinceStart()).doesNotContain("Unexpected error, incident");
    }

    /** One oversized delivery, written while its answer is read; the status, 0 when none came. */
    private static int deliver(byte[] body, boolean chunked, ExecutorService threads) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(out, body, chunked), threads);
            int status = status(socket.getInputStream());
            writing.cancel(true);
            return status;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void write(OutputStream out, byte[] body, boolean chunked) {
        String head = "POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\n"
                + "Content-Type: application/json\r\nX-Discourse-Event: post_created\r\n"
                + "X-Discourse-Event-Signature: sha256=" + "0".repeat(64) + "\r\n"
                + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length) + "\r\n\r\n";
        try {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            int step = 64 * 1024;
            for (int offset = 0; offset < body.length; offset += step) {
                int length = Math.min(step, body.length - offset);
                if (chunked) {
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(body, offset, length);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException closedByServer) {
            // Expected once the server has answered and stopped reading.
        }
    }

    /** The status code of the first response line, read as soon as it arrives. */
    private static int status(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : 0;
    }

    /** A delivery signed with the default instance's secret, with the given unsigned headers. */
    private static int deliver(String json, String event, String eventId, String instance) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(json.getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + PATH))
                .header("Content-Type", "application/json")
                .header("X-Discourse-Event-Signature", signature)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (var header : Map.of(
                        "X-Discourse-Event", String.valueOf(event),
                        "X-Discourse-Event-Id", String.valueOf(eventId),
                        "X-Discourse-Instance", String.valueOf(instance))
                .entrySet()) {
            if (!header.getValue().isEmpty() && !header.getValue().equals("null")) {
                request.header(header.getKey(), header.getValue());
            }
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String post(long id, String cooked, int version, String updatedAt, String deletedAt) {
        return ("{\"post\": {\"id\": %d, \"username\": \"hostile-%d\", \"cooked\": \"%s\","
                        + " \"created_at\": \"2026-01-15T10:00:00Z\", \"post_url\": \"/t/a-topic/%d/1\","
                        + " \"version\": %d, \"updated_at\": \"%s\", \"deleted_at\": %s}}")
                .formatted(
                        id, id, cooked, id, version, updatedAt, deletedAt == null ? "null" : "\"" + deletedAt + "\"");
    }

    private static String like(String post) {
        return "{\"like\": {\"post\": " + post.substring(9, post.length() - 1)
                + ", \"user\": {\"id\": 7, \"username\": \"liker\"}}}";
    }

    private static String newEventId() {
        return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
    }

    private static JsonNode stored(long id) throws Exception {
        JsonNode found = admin.get("/api/posts?source=discourse&externalId=" + id);
        assertThat(found).as("post " + id).hasSize(1);
        return found.get(0);
    }
}
