package io.groundswell.integration.discourse;

import static io.groundswell.integration.discourse.DiscourseDeliveries.INSTANCE;
import static io.groundswell.integration.discourse.DiscourseDeliveries.SECRET;
import static io.groundswell.integration.discourse.DiscourseDeliveries.applySigned;
import static io.groundswell.integration.discourse.DiscourseDeliveries.newEventId;
import static io.groundswell.integration.discourse.DiscourseDeliveries.post;
import static io.groundswell.integration.discourse.DiscourseDeliveries.postsWithExternalId;
import static io.groundswell.integration.discourse.DiscourseDeliveries.send;
import static io.groundswell.integration.discourse.DiscourseDeliveries.sendSigned;
import static io.groundswell.integration.discourse.DiscourseDeliveries.sign;
import static io.groundswell.integration.discourse.DiscourseDeliveries.uniquePostId;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Only what the signature covers decides what a delivery does: X-Discourse-Event,
 * X-Discourse-Event-Id and X-Discourse-Instance are not signed, so whoever captured one signed
 * delivery may send its body again with any of them changed.
 */
@QuarkusTest
class DiscourseSignedContentTest {

    private static final String CREATED = "2026-01-15T10:00:00.000Z";

    @Test
    void shouldNotRevertAnEditWhenAnOlderBodyIsReplayedWithANewOrNoEventId() {
        long id = uniquePostId();
        String first = post(id, "erin", "Erin Edit", "Edited", "<p>first</p>", 1, CREATED, null);
        String second = post(id, "erin", "Erin Edit", "Edited", "<p>second</p>", 2, "2026-01-15T11:00:00Z", null);
        applySigned("post_created", first, newEventId());
        applySigned("post_edited", second, newEventId());

        sendSigned("post_created", first, newEventId()).then().statusCode(200).body("status", equalTo("duplicate"));
        send("post_created", first, null, sign(SECRET, first), INSTANCE)
                .then()
                .statusCode(200)
                .body("status", equalTo("duplicate"));
        // The first version again, in bytes not delivered before (as after the replay window): still older.
        String firstAgain = first.replace("\"raw\": \"ignored\"", "\"raw\": \"ignored\", \"reads\": 3");
        sendSigned("post_created", firstAgain, newEventId())
                .then()
                .statusCode(200)
                .body("status", equalTo("duplicate"));
        // An edit shortly after the last one keeps its version; updated_at orders it.
        String third = post(id, "erin", "Erin Edit", "Edited", "<p>third</p>", 2, "2026-01-15T11:03:00Z", null);
        applySigned("post_edited", third, newEventId());
        sendSigned("post_edited", second.replace("\"raw\": \"ignored\"", "\"raw\": \"again\""), newEventId())
                .then()
                .statusCode(200)
                .body("status", equalTo("duplicate"));

        assertEquals("<p>third</p>", postsWithExternalId("discourse", id).get(0).get("body"));
    }

    @Test
    void shouldNotDeleteALivePostWhoseBodyIsRelabelledPostDestroyed() {
        long id = uniquePostId();
        String created = post(id, "rob", "Rob Relabel", "Relabelled", "<p>still here</p>", 1, CREATED, null);
        sendSigned("post_created", created, newEventId()).then().statusCode(200);

        sendSigned("post_destroyed", created, newEventId()).then().statusCode(200);
        String edited = post(id, "rob", "Rob Relabel", "Relabelled", "<p>edited</p>", 2, "2026-01-15T12:00:00Z", null);
        applySigned("post_destroyed", edited, newEventId());

        List<Map<String, Object>> stored = postsWithExternalId("discourse", id);
        assertEquals(1, stored.size());
        assertEquals("<p>edited</p>", stored.get(0).get("body"));
    }

    @Test
    void shouldDeleteOnlyAPostWhoseBodyHasDeletedAtAndKeepItDeletedAgainstReplays() {
        long id = uniquePostId();
        String created = post(id, "dora", "Dora Delete", "Deleted", "<p>draft</p>", 1, CREATED, null);
        String edited = post(id, "dora", "Dora Delete", "Deleted", "<p>final</p>", 2, "2026-01-15T11:00:00Z", null);
        sendSigned("post_created", created, newEventId()).then().statusCode(200);
        sendSigned("post_edited", edited, newEventId()).then().statusCode(200);

        // Labelled as anything at all: the body's deleted_at decides.
        String deleted = post(
                id,
                "dora",
                "Dora Delete",
                "Deleted",
                "<p>final</p>",
                2,
                "2026-01-15T11:00:00Z",
                "2026-01-16T08:00:00Z");
        applySigned("post_edited", deleted, newEventId());
        assertEquals(0, postsWithExternalId("discourse", id).size());

        sendSigned("post_created", created, newEventId()).then().statusCode(200).body("status", equalTo("duplicate"));
        sendSigned("post_recovered", edited, newEventId())
                .then()
                .statusCode(200)
                .body("status", equalTo("duplicate"));
        String createdAgain = created.replace("\"raw\": \"ignored\"", "\"raw\": \"ignored\", \"reads\": 9");
        sendSigned("post_created", createdAgain, newEventId())
                .then()
                .statusCode(200)
                .body("status", equalTo("duplicate"));
        assertEquals(0, postsWithExternalId("discourse", id).size());

        // Discourse recovers a post without changing its version: the same revision, live again.
        String recovered = edited.replace("\"raw\": \"ignored\"", "\"raw\": \"ignored\", \"reads\": 10");
        applySigned("post_recovered", recovered, newEventId());
        assertEquals("<p>final</p>", postsWithExternalId("discourse", id).get(0).get("body"));
    }

    @Test
    void shouldApplyBodiesWithoutVersionOrUpdatedAtInTheOrderTheyArrive() {
        long id = uniquePostId();
        String first = post(id, "nell", "Nell", "No ordering", "<p>first</p>")
                .replace(", \"version\": 1, \"updated_at\": \"" + CREATED + "\"", "");
        assertFalse(first.contains("version") || first.contains("updated_at"), first);
        String second = first.replace("<p>first</p>", "<p>second</p>");
        applySigned("post_created", first, newEventId());
        applySigned("post_edited", second, newEventId());

        // Nothing orders them, so only the replay window guards against the first one again.
        sendSigned("post_created", first, newEventId()).then().statusCode(200).body("status", equalTo("duplicate"));
        assertEquals(
                "<p>second</p>", postsWithExternalId("discourse", id).get(0).get("body"));
    }

    @Test
    void shouldRefuseADeletedPostWhoseIdIsTooLongWith400() {
        String json = "{\"post\": {\"id\": \"" + "9".repeat(300) + "\", \"deleted_at\": \"2026-01-16T08:00:00Z\"}}";

        sendSigned("post_destroyed", json, newEventId()).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldBuildLinksFromTheVerifiedInstanceNeverFromTheHeader() {
        long id = uniquePostId();
        String json = post(id, "fay", "Fay Forged", "Forged instance", "<p>where does it link?</p>");

        send("post_created", json, newEventId(), sign(SECRET, json), "https://evil.example")
                .then()
                .statusCode(200)
                .body("status", equalTo("applied"));
        assertEquals(
                INSTANCE + "/t/a-topic/" + (id + 1000) + "/1",
                postsWithExternalId("discourse", id).get(0).get("url"));

        long elsewhere = uniquePostId();
        String absolute = post(elsewhere, "fay", "Fay Forged", "Absolute", "<p>away</p>")
                .replace("\"/t/a-topic/", "\"https://evil.example/t/a-topic/");
        sendSigned("post_created", absolute, newEventId()).then().statusCode(200);
        assertNull(postsWithExternalId("discourse", elsewhere).get(0).get("url"));
    }

    @Test
    void shouldRefuseADefaultInstanceBodyLabelledAsARegisteredInstance() {
        String host = "forum-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        Api.asAdmin()
                .contentType("application/json")
                .body(Map.of("instance", "https://" + host, "secret", "secret-of-" + host))
                .post("/api/admin/integrations/discourse")
                .then()
                .statusCode(201);
        long id = uniquePostId();
        String json = post(id, "gus", "Gus", "Wrong instance", "<p>mine</p>");

        send("post_created", json, newEventId(), sign(SECRET, json), "https://" + host)
                .then()
                .statusCode(401);

        assertEquals(0, postsWithExternalId("discourse-" + host, id).size());
        assertEquals(0, postsWithExternalId("discourse", id).size());
    }
}
