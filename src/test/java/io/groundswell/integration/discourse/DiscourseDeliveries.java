package io.groundswell.integration.discourse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends webhook deliveries as Discourse does: raw JSON body, Discourse headers, HMAC signature. */
final class DiscourseDeliveries {

    static final String SECRET = "discourse-test-secret";
    static final String INSTANCE = "https://forum.example";

    private DiscourseDeliveries() {}

    static String newEventId() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }

    static Response send(String event, String json, String eventId, String signature, String instance) {
        var request = given().contentType("application/json")
                .header("X-Discourse-Event", event)
                .header("X-Discourse-Event-Type", event.substring(0, event.indexOf('_')))
                .header("X-Discourse-Instance", instance);
        if (eventId != null) {
            request.header("X-Discourse-Event-Id", eventId);
        }
        if (signature != null) {
            request.header("X-Discourse-Event-Signature", signature);
        }
        return request.body(json.getBytes(StandardCharsets.UTF_8)).post("/api/integrations/discourse");
    }

    static Response sendSigned(String event, String json, String eventId) {
        return send(event, json, eventId, sign(SECRET, json), INSTANCE);
    }

    /** Sends the event signed as the registered instance does; it must be applied. The answer. */
    static JsonPath applySigned(String event, String json, String eventId) {
        return sendSigned(event, json, eventId)
                .then()
                .statusCode(200)
                .body("status", equalTo("applied"))
                .extract()
                .jsonPath();
    }

    static String sign(String secret, String json) {
        return "sha256="
                + HexFormat.of().formatHex(WebhookSignature.sign(secret, json.getBytes(StandardCharsets.UTF_8)));
    }

    static String post(long id, String username, String name, String title, String cooked) {
        return post(id, username, name, title, cooked, 1, "2026-01-15T10:00:00.000Z", null);
    }

    /**
     * A post as Discourse serialises it, at a version: an edit raises {@code version} (or, shortly
     * after the last one, only {@code updated_at}); a deleted post has {@code deleted_at}.
     */
    static String post(
            long id,
            String username,
            String name,
            String title,
            String cooked,
            int version,
            String updatedAt,
            String deletedAt) {
        return """
                {"post": {"id": %d, "username": "%s", "name": "%s", "created_at": "2026-01-15T10:00:00.000Z",
                  "cooked": "%s", "raw": "ignored", "post_number": 1, "topic_id": %d, "topic_title": "%s",
                  "topic_slug": "a-topic", "category_slug": "Engineering", "tags": ["Java", {"name": "quarkus"}],
                  "post_url": "/t/a-topic/%d/1", "version": %d, "updated_at": "%s", "deleted_at": %s}}
                """
                .formatted(
                        id,
                        username,
                        name,
                        cooked,
                        id + 1000,
                        title,
                        id + 1000,
                        version,
                        updatedAt,
                        deletedAt == null ? "null" : "\"" + deletedAt + "\"");
    }

    static List<Map<String, Object>> postsWithExternalId(String source, long id) {
        return Api.postsOf(source, String.valueOf(id));
    }

    static long uniquePostId() {
        return Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
    }

    static String like(String postJson, String username, String name) {
        String post = postJson.substring(postJson.indexOf("{", 1), postJson.lastIndexOf('}'));
        return """
                {"like": {"post": %s, "user": {"id": 7, "username": "%s", "name": "%s"}}}
                """
                .formatted(post, username, name);
    }
}
