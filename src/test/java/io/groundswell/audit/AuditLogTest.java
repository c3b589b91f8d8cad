package io.groundswell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of security and administration event lands in the audit log once, with who did it, to
 * what and from where, and only admins may read it.
 */
@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog log;

    @Inject
    AuditConfig config;

    /** The newest events of a kind about one subject. */
    private static List<Map<String, Object>> events(String kind, String subject) {
        List<Map<String, Object>> page = Api.asAdmin()
                .get("/api/admin/audit?kind={k}&limit=500", kind)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("events");
        return page.stream()
                .filter(e -> subject == null || subject.equals(e.get("subject")))
                .toList();
    }

    private static Map<String, Object> onlyEvent(String kind, String subject) {
        List<Map<String, Object>> found = events(kind, subject);
        assertThat(found).as("%s events about %s", kind, subject).hasSize(1);
        return found.get(0);
    }

    @Test
    void shouldRecordUsersCreatedChangedDisabledEnabledResetAndDeletedByTheAdmin() {
        Api.User user = Api.newEmployee();
        String name = user.username();
        Map<String, Object> created = onlyEvent("user-created", name);
        assertThat(created).containsEntry("actor", "admin").containsEntry("address", "127.0.0.1");
        assertThat(Instant.parse((String) created.get("at"))).isCloseTo(Instant.now(), within());

        patch(name, Map.of("department", "Legal"));
        assertThat(onlyEvent("user-changed", name).get("detail")).asString().contains("department");
        patch(name, Map.of("enabled", false));
        onlyEvent("user-disabled", name);
        patch(name, Map.of("enabled", true));
        onlyEvent("user-enabled", name);
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("newPassword", "a reset password for them"))
                .put("/api/admin/users/{u}/password", name)
                .then()
                .statusCode(204);
        onlyEvent("password-reset", name);
        Api.asAdmin().delete("/api/admin/users/{u}", name).then().statusCode(204);
        assertThat(onlyEvent("user-deleted", name)).containsEntry("actor", "admin");
    }

    @Test
    void shouldRecordOwnPasswordChangesByTheirHolder() {
        Api.User user = Api.newEmployee();
        user.given()
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.password(), "newPassword", "my own new passphrase"))
                .put("/api/me/password")
                .then()
                .statusCode(204);
        assertThat(onlyEvent("password-changed", user.username())).containsEntry("actor", user.username());
    }

    @Test
    void shouldRecordOneLockPerBurstOfFailedSignInsNotOneRowPerFailure() {
        String username = Api.unique("guessed");
        for (int i = 0; i < 12; i++) {
            new Api.User(username, "guess number " + i).given().get("/api/me");
        }
        Map<String, Object> lock = onlyEvent("sign-in-locked", username);
        assertThat(lock).containsEntry("address", "127.0.0.1");
        assertThat(lock.get("detail")).asString().startsWith("account locked after 6 failed sign-ins");
    }

    @Test
    void shouldRecordApiKeysCreatedAndRevoked() {
        String keyId = Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", Api.unique("audited-key"), "scopes", List.of("ingest"), "sources", List.of("wiki")))
                .post("/api/admin/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(onlyEvent("api-key-created", keyId).get("detail")).asString().contains("ingest");
        Api.asAdmin().delete("/api/admin/api-keys/{id}", keyId).then().statusCode(204);
        Api.asAdmin().delete("/api/admin/api-keys/{id}", keyId).then().statusCode(204);
        onlyEvent("api-key-revoked", keyId);
    }

    @Test
    void shouldRecordReindexAndStopWordEdits() {
        int before = events("reindex", null).size();
        Api.asAdmin().post("/api/admin/reindex").then().statusCode(202);
        assertThat(events("reindex", null)).hasSize(before + 1);
        assertThat(events("reindex", null).get(0)).containsEntry("actor", "admin");

        String word = Api.unique("audited").replace("-", "");
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("words", List.of(word)))
                .put("/api/admin/stop-words")
                .then()
                .statusCode(200);
        assertThat(events("stop-words-changed", null).get(0).get("detail"))
                .asString()
                .contains("added [" + word + "]");
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("words", List.of()))
                .put("/api/admin/stop-words")
                .then()
                .statusCode(200);
        assertThat(events("stop-words-changed", null).get(0).get("detail"))
                .asString()
                .contains("removed [" + word + "]");
    }

    @Test
    void shouldPageNewestFirstAndRefuseBadParametersAndNonAdmins() {
        Api.newEmployee();
        Api.newEmployee();
        var page = Api.asAdmin()
                .get("/api/admin/audit?limit=2&offset=0")
                .then()
                .statusCode(200)
                .body("events.size()", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
        assertThat(Instant.parse(page.getString("events[0].at")))
                .isAfterOrEqualTo(Instant.parse(page.getString("events[1].at")));
        Api.asAdmin()
                .get("/api/admin/audit?kind=coffee-break")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Api.asAdmin().get("/api/admin/audit?limit=0").then().statusCode(400);
        Api.newEmployee().given().get("/api/admin/audit").then().statusCode(403);
    }

    @Test
    void shouldPruneEventsOlderThanTheRetention() {
        String old = Api.unique("old-subject");
        String recent = Api.unique("recent-subject");
        Instant now = Instant.now();
        log.write(now.minus(config.retention()).minus(1, ChronoUnit.HOURS), AuditKind.REINDEX, "test", old, null, null);
        log.write(
                now.minus(config.retention()).plus(1, ChronoUnit.HOURS), AuditKind.REINDEX, "test", recent, null, null);

        assertThat(log.prune()).isGreaterThanOrEqualTo(1);

        assertThat(events("reindex", old)).isEmpty();
        assertThat(events("reindex", recent)).hasSize(1);
    }

    private static void patch(String username, Map<String, Object> body) {
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/api/admin/users/{u}", username)
                .then()
                .statusCode(200);
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES);
    }
}
