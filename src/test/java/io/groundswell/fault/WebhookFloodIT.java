package io.groundswell.fault;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
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
 * Many concurrent 15 MB bodies with a wrong signature at the public Discourse webhook, half with a
 * Content-Length and half chunked: each must be refused with 413 before it is read, and the
 * process must stay up, within its heap, and go on applying genuine deliveries.
 */
class WebhookFloodIT {

    private static final String SECRET = "flood-test-secret";
    private static final String PATH = "/api/integrations/discourse";
    private static final int DELIVERIES = 60;
    private static final int BODY_BYTES = 15 * 1024 * 1024;

    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("webhook-flood")
                .with("-Dgroundswell.integrations.discourse.secret=" + SECRET)
                .with("-Dgroundswell.integrations.discourse.url=https://forum.example")
                .start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

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
                "WebhookFloodIT: %d deliveries of %d MB in %d ms, statuses %s, RSS %d MB -> %d MB%n",
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
        assertThat(signedDelivery()).as("a genuine delivery afterwards").isEqualTo(200);
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

    private static int signedDelivery() throws Exception {
        String json = "{\"post\": {\"id\": 424242, \"username\": \"flo\", \"cooked\": \"<p>after the flood</p>\","
                + " \"version\": 1, \"updated_at\": \"2026-01-15T10:00:00Z\", \"deleted_at\": null}}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(json.getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + PATH))
                .header("Content-Type", "application/json")
                .header("X-Discourse-Event", "post_created")
                .header("X-Discourse-Event-Signature", signature)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
