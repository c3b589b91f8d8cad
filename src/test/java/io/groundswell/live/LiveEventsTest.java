package io.groundswell.live;

import static io.groundswell.testing.PostBuilder.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.testing.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LiveEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/events")
    URI events;

    @Test
    void shouldRefuseListenersWithoutCredentials() {
        given().header("X-Requested-With", "XMLHttpRequest")
                .get("/api/events")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldTellListenersOnceAfterABurstOfNewPosts() throws Exception {
        Api.User employee = Api.newEmployee();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(events)
                                .header("Authorization", basic(employee))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readEvents(stream.body(), received), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(next(received, "hello")).isNotNull();

            String source = Api.unique("live");
            for (int i = 0; i < 3; i++) {
                employee.given()
                        .contentType(ContentType.JSON)
                        .body(post(source, "p" + i).build())
                        .post("/api/posts")
                        .then()
                        .statusCode(201);
            }

            JsonNode changed = next(received, "changed");
            assertThat(changed).as("a changed event within the debounce time").isNotNull();
            // At least: a change another test made just before may share the event.
            assertThat(changed.get("posts").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(changed.get("at").asText()).isNotBlank();
        } finally {
            stream.body().close();
        }
    }

    /** The next event of a type, skipping others; null when none comes within ten seconds. */
    private static JsonNode next(BlockingQueue<JsonNode> received, String type) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode event = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && type.equals(event.get("type").asText())) {
                return event;
            }
        }
        return null;
    }

    private static void readEvents(InputStream body, BlockingQueue<JsonNode> received) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    received.add(JSON.readTree(line.substring("data:".length()).trim()));
                }
            }
        } catch (java.io.IOException closed) {
            // The test closed the stream.
        }
    }

    private static String basic(Api.User user) {
        String pair = user.username() + ":" + user.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
