package io.groundswell.integration.imports;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.post.PostChanged;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NdjsonImportTest {

    private static final Logger LOG = Logger.getLogger(NdjsonImportTest.class);
    static final Set<Integer> MALFORMED = Set.of(17, 25_000, 49_999);

    @Inject
    Event<PostChanged> changes;

    @Test
    void shouldStoreTheGoodLinesReportTheBadOnesByLineAndShowProgress() {
        String source = "ndjson-" + UUID.randomUUID().toString().substring(0, 8);
        int lines = 50_000;

        long id = ImportJobs.submit("format=ndjson", "application/x-ndjson", ndjson(source, lines, MALFORMED));

        List<Long> done = new ArrayList<>();
        // Each look at the running job records its progress.
        JsonPath job = await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> ImportJobs.job(id), answer -> {
                    done.add(answer.getLong("done"));
                    return !"running".equals(answer.getString("status"));
                });
        assertEquals("done", job.getString("status"), job.prettify());
        assertEquals(lines, job.getLong("total"));
        assertEquals(lines, job.getLong("done"));
        assertEquals(lines - 3, job.getLong("stored"));
        assertEquals(3, job.getLong("errorCount"));
        assertEquals(List.of(17, 25_000, 49_999), job.getList("errors.line", Integer.class));
        assertTrue(job.getString("errors[0].message").contains("JSON"), job.getString("errors[0].message"));
        assertTrue(job.getString("errors[1].message").contains("title"), job.getString("errors[1].message"));
        assertEquals(lines - 3, ImportJobs.postsOf(source));
        assertTrue(done.stream().anyMatch(d -> d > 0 && d < lines), "no progress seen between 0 and total: " + done);
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) >= done.get(i - 1), "done went backwards: " + done);
        }
        double seconds =
                Duration.between(Instant.parse(job.getString("createdAt")), Instant.parse(job.getString("finishedAt")))
                                .toMillis()
                        / 1000.0;
        LOG.infof("NDJSON import of %d lines took %.1f s: %.0f posts/s", lines, seconds, (lines - 3) / seconds);
        ImportJobs.deleteSource(source, changes);
    }

    @Test
    void shouldRefuseWhatItCannotImport() {
        Api.asAdmin()
                .contentType("application/x-ndjson")
                .body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports?format=csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.asAdmin()
                .contentType("application/zip")
                .body("not a zip".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports?format=stackexchange")
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("zip"));
        Api.newEmployee()
                .given()
                .contentType("application/x-ndjson")
                .body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports?format=ndjson")
                .then()
                .statusCode(403);
        Api.withKey(Api.newApiKey(List.of("rate"), List.of("*")))
                .contentType("application/x-ndjson")
                .body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports?format=ndjson")
                .then()
                .statusCode(403);
        Api.asAdmin().get("/api/imports/987654321").then().statusCode(404);
    }

    @Test
    void shouldShowAJobOnlyToAdminsAndTheClientThatSubmittedIt() {
        String key = Api.newApiKey(List.of("ingest"), List.of("keyed"));
        String line = "{\"source\":\"other\",\"externalId\":\"1\",\"title\":\"t\",\"body\":\"b\","
                + "\"author\":{\"id\":\"a\"}}\n";
        long id = ImportJobs.submit(
                Api.withKey(key), "format=ndjson", "application/x-ndjson", line.getBytes(StandardCharsets.UTF_8));

        JsonPath job = ImportJobs.awaitFinished(id, Duration.ofSeconds(30));
        assertEquals(1, job.getLong("errorCount"));
        assertTrue(job.getString("errors[0].message").contains("source"), job.prettify());
        Api.withKey(key).get("/api/imports/" + id).then().statusCode(200).body("id", equalTo((int) id));
        Api.withKey(Api.newApiKey(List.of("ingest"), List.of("*")))
                .get("/api/imports/" + id)
                .then()
                .statusCode(404);
    }

    /** NDJSON posts of one source by a handful of authors; the given lines are broken in different ways. */
    static byte[] ndjson(String source, int lines, Set<Integer> broken) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines * 220);
        for (int line = 1; line <= lines; line++) {
            String json;
            if (!broken.contains(line)) {
                json = post(source, line);
            } else if (line % 2 == 1) {
                json = "{\"source\": \"" + source + "\", \"externalId\": ";
            } else {
                json = post(source, line).replace("\"title\":\"Post " + line + "\",", "");
            }
            out.writeBytes((json + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static String post(String source, int line) {
        return "{\"source\":\"" + source + "\",\"externalId\":\"e" + line + "\",\"title\":\"Post " + line + "\","
                + "\"body\":\"Line " + line + " of a bulk import about quarterly planning and budgets.\","
                + "\"author\":{\"id\":\"author-" + (line % 50) + "\",\"displayName\":\"Author " + (line % 50)
                + "\",\"department\":\"Imports\"},\"createdAt\":\"2026-01-10T10:00:00Z\",\"tags\":[\"bulk\"]}";
    }
}
