package io.groundswell.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.integration.LocalHttpServer;
import io.groundswell.integration.feed.TricklingServer;
import io.groundswell.integration.imports.HostileDumps;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.PackagedApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile feeds and dumps against the packaged application: a feed server that trickles its feed
 * a byte at a time while the scheduler polls, a Stack Exchange dump with a 50-million-character
 * Body, and a zip bomb whose zip understates its size. Each fails its own poll or job with a
 * reason, in bounded time, and the server keeps serving.
 */
class HostileIntegrationsIT {

    private static final int DEADLINE_SECONDS = 3;
    private static final String RSS =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Quick</title><link>https://quick.example/</link>
            <description>Answers at once</description>
            <item><title>On time</title><link>/on-time</link><guid>on-time</guid></item>
            </channel></rss>
            """;

    private static PackagedApp app;
    private static JsonClient admin;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("hostile-integrations")
                // The feed servers of this test listen on 127.0.0.1, which the default refuses.
                .with("-Dgroundswell.integrations.feeds.allowed-networks=127.0.0.1/32")
                .with("-Dgroundswell.integrations.feeds.timeout=PT" + DEADLINE_SECONDS + "S")
                .with("-Dgroundswell.integrations.feeds.poll-every=PT5S")
                .with("-Dgroundswell.integrations.feeds.first-poll-after=PT1S")
                .start();
        admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD, Duration.ofMinutes(1));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldPollOtherFeedsOnScheduleWhileOneTricklesAndFailItAtTheDeadline() throws Exception {
        List<Instant> quickRequests = new CopyOnWriteArrayList<>();
        try (TricklingServer slow = new TricklingServer("127.0.0.1", Duration.ofMillis(500));
                LocalHttpServer quick = new LocalHttpServer().on("/quick.xml", exchange -> {
                    quickRequests.add(Instant.now());
                    LocalHttpServer.respond(exchange, 200, "application/rss+xml", RSS.getBytes(StandardCharsets.UTF_8));
                })) {
            long slowFeed = register(slow.url("/slow.xml"), "trickle");
            long quickFeed = register(quick.url("/quick.xml"), "quick");

            JsonNode slowView = await(
                    slowFeed,
                    feed -> feed.path("lastError").asText().contains("did not send the whole feed"),
                    Duration.ofSeconds(60));
            JsonNode quickView =
                    await(quickFeed, feed -> feed.path("lastStatus").asInt() == 200, Duration.ofSeconds(60));

            assertThat(slowView.get("lastError").asText())
                    .isEqualTo("the feed server did not send the whole feed within " + DEADLINE_SECONDS + " s");
            assertThat(quickView.get("lastError").isNull()).isTrue();
            // Polled one after another, the quick feed would wait for the slow one's deadline: polled
            // side by side, it is fetched while a poll of the slow one is in flight.
            Instant quickPolled = quickRequests.get(0);
            assertThat(slow.connections()).anySatisfy(slowPolled -> assertThat(
                            Duration.between(slowPolled, quickPolled).abs())
                    .isLessThan(Duration.ofSeconds(DEADLINE_SECONDS)));
        }
    }

    @Test
    void shouldFailADumpWithAHugeAttributeAndKeepServing() throws Exception {
        long residentBefore = app.residentKiB();

        JsonNode job = awaitJob(submitZip(HostileDumps.hugeBody(50_000_000), "huge-body"), Duration.ofMinutes(3));

        long grownMiB = (app.residentKiB() - residentBefore) / 1024;
        System.out.println("RSS growth with a 50-million-character Body: " + grownMiB + " MiB");
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("message").asText())
                .matches("Posts\\.xml line \\d+: an attribute is longer than 1048576 characters");
        assertThat(job.get("stored").asLong()).isZero();
        assertThat(admin.get("/q/health/ready").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void shouldFailAZipBombQuickly() throws Exception {
        byte[] bomb = HostileDumps.understated(HostileDumps.bomb(200_000_000));
        Instant begin = Instant.now();

        JsonNode job = awaitJob(submitZip(bomb, "bomb"), Duration.ofMinutes(3));

        Duration took = Duration.between(begin, Instant.now());
        System.out.println(
                "A 200 MB zip bomb (" + bomb.length + " bytes zipped) failed its job in " + took.toMillis() + " ms");
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("message").asText()).contains("zip bomb");
        // Generous: reading the 200 MB took 28 s for a smaller bomb before; the cap stops it at 100 x its zip.
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    private static long register(String url, String source) throws IOException, InterruptedException {
        return admin.send("POST", "/api/admin/feeds", Map.of("url", url, "source", source), 201)
                .get("id")
                .asLong();
    }

    private static JsonNode await(long feed, Predicate<JsonNode> done, Duration within) throws Exception {
        Instant end = Instant.now().plus(within);
        while (true) {
            for (JsonNode view : admin.get("/api/admin/feeds")) {
                if (view.get("id").asLong() == feed && done.test(view)) {
                    return view;
                }
            }
            assertThat(Instant.now()).as("feed %d polled in time", feed).isBefore(end);
            Thread.sleep(250);
        }
    }

    private static long submitZip(byte[] zip, String source) throws IOException, InterruptedException {
        String credentials = "admin:" + PackagedApp.ADMIN_PASSWORD;
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/imports?format=stackexchange&source=" + source))
                        .header("Content-Type", "application/zip")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JsonClient.JSON.readTree(response.body()).get("id").asLong();
    }

    private static JsonNode awaitJob(long id, Duration within) throws Exception {
        Instant end = Instant.now().plus(within);
        while (true) {
            JsonNode job = admin.get("/api/imports/" + id);
            if (!"running".equals(job.get("status").asText())) {
                return job;
            }
            assertThat(Instant.now()).as("import %d finished in time", id).isBefore(end);
            Thread.sleep(250);
        }
    }
}
