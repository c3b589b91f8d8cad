package io.groundswell.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.trend.TrendReport;
import io.groundswell.trend.TrendSnapshotsRefreshed;
import io.groundswell.trend.TrendTerm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(OutboundWebhookTest.WithWebhook.class)
class OutboundWebhookTest {

    /** Points the outbound webhook at a free local port; the test serves it once the app runs. */
    public static class WithWebhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of(
                        "groundswell.integrations.outbound.webhook-url",
                        "http://127.0.0.1:" + socket.getLocalPort() + "/hooks/trends");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    Event<TrendSnapshotsRefreshed> refreshed;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "groundswell.integrations.outbound.webhook-url")
    URI webhook;

    private LocalHttpServer chat;
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private final List<byte[]> accepted = new CopyOnWriteArrayList<>();
    private String prefix;

    @BeforeEach
    void serveWebhook() {
        prefix = "t" + UUID.randomUUID().toString().substring(0, 6);
        chat = new LocalHttpServer(webhook.getPort()).on("/hooks/trends", exchange -> {
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            if (status == 200) {
                List<LocalHttpServer.Seen> seen = chat.seen();
                accepted.add(seen.get(seen.size() - 1).body());
            }
            LocalHttpServer.respond(exchange, status, "text/plain", "ok".getBytes());
        });
    }

    @AfterEach
    void stopWebhook() {
        chat.close();
    }

    @Test
    void shouldAnnounceTermsEnteringTheTopTenOncePerWindow() {
        List<TrendTerm> terms = terms(11);

        fire(Map.of("7d", report("7d", terms)));
        fire(Map.of("7d", report("7d", terms)));

        List<String> sent = messages();
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).startsWith("Trending in the last 7 days, new in the top 10: "), sent.get(0));
        assertTrue(sent.get(0).contains("\"" + prefix + "-1\" (12 posts, new)"), sent.get(0));
        assertTrue(sent.get(0).contains("\"" + prefix + "-10\""), sent.get(0));
        assertTrue(!sent.get(0).contains(prefix + "-11"), sent.get(0));

        List<TrendTerm> reordered = new ArrayList<>(terms);
        reordered.add(0, reordered.remove(10));
        fire(Map.of("7d", report("7d", reordered), "24h", report("24h", terms.subList(0, 1))));

        List<String> after = messages();
        assertEquals(3, after.size(), after.toString());
        assertTrue(after.stream()
                .anyMatch(m -> m.startsWith("Trending in the last 7 days")
                        && m.contains(prefix + "-11")
                        && !m.contains(prefix + "-1\"")));
        assertTrue(after.stream().anyMatch(m -> m.startsWith("Trending in the last 24 hours")));
    }

    @Test
    void shouldTryAgainAtTheNextRefreshWhenTheWebhookFails() {
        List<TrendTerm> terms = terms(2);
        failuresToAnswer.set(1);

        fire(Map.of("30d", report("30d", terms)));
        assertEquals(0, messages().size());
        fire(Map.of("30d", report("30d", terms)));

        assertEquals(1, messages().size());
        assertEquals(2, chat.seen().size());
    }

    private void fire(Map<String, TrendReport> snapshots) {
        refreshed
                .fireAsync(new TrendSnapshotsRefreshed(snapshots))
                .toCompletableFuture()
                .join();
    }

    /** The texts the chat server accepted that name this test's terms. */
    private List<String> messages() {
        List<String> texts = new ArrayList<>();
        for (byte[] body : accepted) {
            try {
                String text = mapper.readTree(body).get("text").asText();
                if (text.contains(prefix)) {
                    texts.add(text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private List<TrendTerm> terms(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new TrendTerm(
                        prefix + "-" + i,
                        prefix + "-" + i,
                        false,
                        10.0 / i,
                        12,
                        0,
                        1.0,
                        true,
                        3,
                        new int[7],
                        List.of(),
                        List.of(),
                        0,
                        2.0,
                        10.0 / i,
                        false,
                        prefix + "-" + i))
                .toList();
    }

    private static TrendReport report(String window, List<TrendTerm> terms) {
        Instant now = Instant.now();
        return new TrendReport(
                window,
                now.minusSeconds(3600),
                now,
                now.minusSeconds(7200),
                now,
                TrendReport.Filters.NONE,
                100,
                400,
                terms);
    }
}
