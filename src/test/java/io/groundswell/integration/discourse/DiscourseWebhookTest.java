package io.groundswell.integration.discourse;

import static io.groundswell.integration.discourse.DiscourseDeliveries.INSTANCE;
import static io.groundswell.integration.discourse.DiscourseDeliveries.SECRET;
import static io.groundswell.integration.discourse.DiscourseDeliveries.applySigned;
import static io.groundswell.integration.discourse.DiscourseDeliveries.like;
import static io.groundswell.integration.discourse.DiscourseDeliveries.newEventId;
import static io.groundswell.integration.discourse.DiscourseDeliveries.post;
import static io.groundswell.integration.discourse.DiscourseDeliveries.postsWithExternalId;
import static io.groundswell.integration.discourse.DiscourseDeliveries.send;
import static io.groundswell.integration.discourse.DiscourseDeliveries.sendSigned;
import static io.groundswell.integration.discourse.DiscourseDeliveries.sign;
import static io.groundswell.integration.discourse.DiscourseDeliveries.uniquePostId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiscourseWebhookTest {

    private static Api.User reader;

    /** Created on first use: the application is not running yet when the class is loaded. */
    private static synchronized Api.User reader() {
        if (reader == null) {
            reader = Api.newEmployee();
        }
        return reader;
    }

    @Test
    void shouldMakeASignedPostCreatedASearchablePost() {
        String word = uniqueWord();
        long id = uniquePostId();
        String json = post(id, "jane", "Jane Doe", "Release train " + word, "<p>The <b>" + word + "</b> train</p>");

        long postId = applySigned("post_created", json, newEventId()).getLong("postId");

        JsonPath found = await().atMost(Duration.ofSeconds(5))
                .until(
                        () -> reader().given()
                                .queryParam("q", word)
                                .get("/api/search")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        answer -> answer.getInt("total") == 1);
        assertEquals(postId, found.getLong("hits[0].id"));
        reader().given()
                .get("/api/posts/" + postId)
                .then()
                .statusCode(200)
                .body("source", equalTo("discourse"))
                .body("externalId", equalTo(String.valueOf(id)))
                .body("title", equalTo("Release train " + word))
                .body("bodyFormat", equalTo("html"))
                .body("author.id", equalTo("discourse:jane"))
                .body("author.displayName", equalTo("Jane Doe"))
                .body("url", equalTo(INSTANCE + "/t/a-topic/" + (id + 1000) + "/1"))
                .body("thread", equalTo(String.valueOf(id + 1000)))
                .body("kind", equalTo("question"))
                .body("createdAt", equalTo("2026-01-15T10:00:00Z"))
                .body("tags", containsInAnyOrder("engineering", "java", "quarkus"));
    }

    @Test
    void shouldRefuseAWrongOrMissingSignatureAndStoreNothing() {
        long id = uniquePostId();
        String json = post(id, "mallory", "Mallory", "Forged", "<p>forged</p>");

        send("post_created", json, newEventId(), sign("not-the-secret", json), INSTANCE)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        send("post_created", json, newEventId(), null, INSTANCE)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        // Signed, then altered: the signature covers the raw bytes.
        send("post_created", json.replace("forged", "altered"), newEventId(), sign(SECRET, json), INSTANCE)
                .then()
                .statusCode(401);
        send("post_created", json, newEventId(), "sha256=zz", INSTANCE).then().statusCode(401);

        assertEquals(0, postsWithExternalId("discourse", id).size());
    }

    @Test
    void shouldCountALikeAsAFiveStarRatingByTheLikerOnce() {
        long id = uniquePostId();
        String json = post(id, "author-" + id, "Ann Author", "Liked topic", "<p>worth a like</p>");
        long postId = sendSigned("post_created", json, newEventId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("postId");
        String likeEvent = newEventId();
        String liked = like(json, "liker-" + id, "Lee Liker");

        applySigned("post_liked", liked, likeEvent);
        sendSigned("post_liked", liked, likeEvent).then().statusCode(200).body("status", equalTo("duplicate"));

        Api.asAdmin()
                .get("/api/posts/" + postId)
                .then()
                .statusCode(200)
                .body("rating.count", equalTo(1))
                .body("rating.mean", equalTo(5.0f));
    }

    @Test
    void shouldChangeNothingWhenABodyIsDeliveredAgain() {
        long id = uniquePostId();
        String json = post(id, "rita", "Rita Replay", "Replayed", "<p>once</p>");
        String eventId = newEventId();
        Map<String, Object> first = sendSigned("post_created", json, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        Map<String, Object> stored = postsWithExternalId("discourse", id).get(0);

        sendSigned("post_created", json, eventId).then().statusCode(200).body("status", equalTo("duplicate"));
        sendSigned("post_created", json, newEventId()).then().statusCode(200).body("status", equalTo("duplicate"));

        List<Map<String, Object>> after = postsWithExternalId("discourse", id);
        assertEquals(1, after.size());
        assertEquals(
                ((Number) first.get("postId")).longValue(),
                ((Number) after.get(0).get("id")).longValue());
        assertEquals(stored.get("updatedAt"), after.get(0).get("updatedAt"));
        assertEquals("<p>once</p>", after.get(0).get("body"));

        String edited = post(id, "rita", "Rita Replay", "Replayed", "<p>twice</p>", 2, "2026-01-15T11:00:00Z", null);
        applySigned("post_edited", edited, eventId);
        assertEquals("<p>twice</p>", postsWithExternalId("discourse", id).get(0).get("body"));
    }

    @Test
    void shouldDeleteADestroyedPostAndAcknowledgeEventsItDoesNotUse() {
        long id = uniquePostId();
        String json = post(id, "dan", "Dan", "Short-lived", "<p>soon gone</p>");
        sendSigned("post_created", json, newEventId()).then().statusCode(200);

        String destroyed = post(
                id,
                "dan",
                "Dan",
                "Short-lived",
                "<p>soon gone</p>",
                1,
                "2026-01-15T10:00:00.000Z",
                "2026-01-16T09:00:00Z");
        applySigned("post_destroyed", destroyed, newEventId());
        assertEquals(0, postsWithExternalId("discourse", id).size());

        String topic = "{\"topic\": {\"id\": 5, \"title\": \"A topic\"}}";
        sendSigned("topic_created", topic, newEventId()).then().statusCode(202).body("status", equalTo("ignored"));
        sendSigned("user_created", "{\"user\": {\"id\": 5}}", newEventId())
                .then()
                .statusCode(202)
                .body("status", equalTo("ignored"));
    }

    @Test
    void shouldVerifyARegisteredInstanceWithItsOwnSecretAndNeverShowIt() {
        String host = "forum-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String instance = "https://" + host;
        String secret = "secret-of-" + host;
        Api.asAdmin()
                .contentType("application/json")
                .body(Map.of("instance", instance + "/", "secret", secret))
                .post("/api/admin/integrations/discourse")
                .then()
                .statusCode(201)
                .body("source", equalTo("discourse-" + host))
                .body("secret", equalTo(null));
        long id = uniquePostId();
        String json = post(id, "jane", "Jane Elsewhere", "Other forum", "<p>elsewhere</p>");

        send("post_created", json, newEventId(), sign(SECRET, json), instance)
                .then()
                .statusCode(401);
        send("post_created", json, newEventId(), sign(secret, json), instance)
                .then()
                .statusCode(200);

        List<Map<String, Object>> stored = postsWithExternalId("discourse-" + host, id);
        assertEquals(1, stored.size());
        assertEquals("discourse-" + host + ":jane", ((Map<?, ?>) stored.get(0).get("author")).get("id"));
        String listed = Api.asAdmin()
                .get("/api/admin/integrations/discourse")
                .then()
                .statusCode(200)
                .body("instance", hasItems(instance))
                .extract()
                .asString();
        assertTrue(!listed.contains(secret), listed);
        reader().given()
                .contentType("application/json")
                .body(Map.of("instance", instance, "secret", secret))
                .post("/api/admin/integrations/discourse")
                .then()
                .statusCode(403);
    }

    private static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
