package io.groundswell.integration.imports;

import static org.awaitility.Awaitility.await;

import io.groundswell.post.Post;
import io.groundswell.post.PostChanged;
import io.groundswell.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.util.List;

/** Submits import jobs as a client does and follows them until they finish. */
final class ImportJobs {

    private ImportJobs() {}

    static long submit(String query, String contentType, byte[] body) {
        return submit(Api.asAdmin(), query, contentType, body);
    }

    /** Submits as the caller (202 expected); the job's id. */
    static long submit(RequestSpecification caller, String query, String contentType, byte[] body) {
        return caller.contentType(contentType)
                .body(body)
                .post("/api/imports?" + query)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static JsonPath job(long id) {
        return Api.asAdmin()
                .get("/api/imports/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath awaitFinished(long id, Duration within) {
        return await().atMost(within).until(() -> job(id), job -> !"running".equals(job.getString("status")));
    }

    static long postsOf(String source) {
        return QuarkusTransaction.requiringNew().call(() -> Post.count("source", source));
    }

    /**
     * Removes a large test import again, so the database that all tests share stays small (a test
     * that rebuilds the search index pays for every post left behind). Deleted in SQL for speed, and
     * queued for the index as PostService's deletes are, through PostChanged; waits for the index.
     */
    static void deleteSource(String source, Event<PostChanged> changes) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Post.<Post>list("source", source).stream()
                .map(post -> post.id)
                .toList());
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            QuarkusTransaction.requiringNew().run(() -> {
                Post.getEntityManager()
                        .createNativeQuery("delete from post where id in (:ids)")
                        .setParameter("ids", chunk)
                        .executeUpdate();
                chunk.forEach(id -> changes.fire(PostChanged.content(id)));
            });
        }
        await().atMost(Duration.ofSeconds(120))
                .until(
                        () -> RestAssured.given()
                                .get("/q/health/ready")
                                .then()
                                .extract()
                                .jsonPath(),
                        health -> health.getInt("checks.find { it.name == 'search-index' }.data.pending") == 0);
    }
}
