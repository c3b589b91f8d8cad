package io.groundswell.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small JSON client for the packaged application, one per simulated user or integration: for the
 * benchmarks and the fault suite, which run outside Quarkus and talk to a real process.
 */
public final class JsonClient {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A response whatever its status: for callers that decide themselves what a status means. */
    public record Answer(int status, String contentType, String body, HttpHeaders headers) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + abbreviate(body), e);
            }
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;
    private final Duration timeout;

    public JsonClient(String baseUrl, String username, String password) {
        this(baseUrl, username, password, Duration.ofMinutes(5));
    }

    public JsonClient(String baseUrl, String username, String password, Duration timeout) {
        this(
                baseUrl,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)),
                timeout);
    }

    private JsonClient(String baseUrl, String authorization, Duration timeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** A client of an integration, authenticated by an API key. */
    public static JsonClient withApiKey(String baseUrl, String key, Duration timeout) {
        return new JsonClient(baseUrl, "Bearer " + key, timeout);
    }

    /** A client that sends no credentials. */
    public static JsonClient anonymous(String baseUrl, Duration timeout) {
        return new JsonClient(baseUrl, null, timeout);
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build(), 200);
    }

    public JsonNode send(String method, String path, Object body, int expectedStatus)
            throws IOException, InterruptedException {
        Answer answer = exchange(method, path, body);
        if (answer.status() != expectedStatus) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + answer.status() + ": " + abbreviate(answer.body()));
        }
        return answer.json();
    }

    /** Sends {@code body} (null for none) as JSON and returns the answer, whatever its status. */
    public Answer exchange(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        HttpResponse<String> response = http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .method(method, publisher)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response.headers());
    }

    public byte[] getBytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                request(path).setHeader("Accept", "image/png").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private JsonNode send(HttpRequest request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(
                    request.method() + " " + request.uri().getPath() + " answered " + response.statusCode() + ": "
                            + abbreviate(response.body()));
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
