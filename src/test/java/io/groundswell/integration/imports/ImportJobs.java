package io.groundswell.integration.imports;

import io.groundswell.integration.Await;
import io.groundswell.post.Post;
import io.groundswell.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Submits import jobs as a client does and follows them until they finish. */
final class ImportJobs {

    private ImportJobs() {}

    static long submit(String query, String contentType, byte[] body) {
        return Api.asAdmin()
                .contentType(contentType)
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
        return Await.until(() -> job(id), job -> !"running".equals(job.getString("status")), within);
    }

    static long postsOf(String source) {
        return QuarkusTransaction.requiringNew().call(() -> Post.count("source", source));
    }
}
