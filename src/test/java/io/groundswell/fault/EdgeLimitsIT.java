package io.groundswell.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.fault.RawHttp.Request;
import io.groundswell.fault.RawHttp.Response;
import io.groundswell.testing.JsonClient;
import io.groundswell.testing.JsonClient.Answer;
import io.groundswell.testing.PackagedApp;
import io.groundswell.testing.PostBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edges of the packaged application: long but legitimate URLs get the application's own
 * problem+json, only request lines and headers far beyond any of ours are refused by the HTTP
 * server, and requests that find the connection pool exhausted are told to retry (503 with
 * Retry-After), never 500. The application runs with a pool of two connections and a short wait,
 * so that a burst of ratings exhausts it.
 */
class EdgeLimitsIT {

    private static final int BURST = 48;

    private static PackagedApp app;
    private static JsonClient admin;
    private static RawHttp http;
    private static String adminAuthorization;

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("edge-limits")
                .with("-Dquarkus.datasource.jdbc.max-size=2")
                .with("-Dquarkus.datasource.jdbc.acquisition-timeout=PT0.1S")
                .start();
        admin = new JsonClient(app.baseUrl(), "admin", PackagedApp.ADMIN_PASSWORD, Duration.ofMinutes(1));
        http = new RawHttp("127.0.0.1", app.port());
        adminAuthorization = "Authorization: Basic "
                + Base64.getEncoder()
                        .encodeToString(("admin:" + PackagedApp.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        app.close();
    }

    @Test
    void shouldLetTheApplicationAnswerLongUrls() throws Exception {
        for (int length : new int[] {4_500, 9_000, 15_000}) {
            Response response = search(length);
            assertThat(response.status()).as(length + "-byte URL").isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.text()).contains("characters");
        }
    }

    @Test
    void shouldRefuseOnlyRequestHeadsFarBeyondOurs() throws Exception {
        assertThat(search(17_000).status()).as("a request line over 16 KiB").isEqualTo(414);
        List<String> headers = List.of(adminAuthorization, "X-Padding: " + "p".repeat(24_000));
        Response huge = http.send(new Request("GET", "/api/search?q=x", headers, new byte[0]));
        assertThat(huge.status()).as("headers over 20 KiB").isEqualTo(431);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenThePoolIsExhausted() throws Exception {
        JsonNode post = admin.send(
                "POST",
                "/api/posts",
                PostBuilder.post("edge-" + System.nanoTime(), "p")
                        .author("edge-author", "Edge Author", "Research")
                        .build(),
                201);
        String path = "/api/posts/" + post.get("id").asLong() + "/rating";
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        List<Future<Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < BURST; i++) {
                int stars = 1 + i % 5;
                answers.add(pool.submit(() -> admin.exchange("PUT", path, Map.of("stars", stars))));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Answer> future : answers) {
                Answer answer = future.get(2, TimeUnit.MINUTES);
                statuses.merge(answer.status(), 1, Integer::sum);
                if (answer.status() == 503) {
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.headers().firstValue("Retry-After"))
                            .hasValueSatisfying(v -> assertThat(v).matches("[1-9][0-9]*"));
                }
            }
            System.out.printf("EdgeLimitsIT: %d ratings at once on a pool of 2: %s%n", BURST, statuses);
            assertThat(statuses.keySet()).as("statuses").isSubsetOf(200, 503);
        } finally {
            pool.shutdown();
        }
    }

    private static Response search(int urlLength) throws Exception {
        String prefix = "/api/search?q=";
        String query = "budget+".repeat((urlLength - prefix.length()) / 7);
        return http.send(new Request("GET", prefix + query, List.of(adminAuthorization), new byte[0]));
    }
}
