package io.groundswell.system;

import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.post.Post;
import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page on another host of the intranet cannot make the signed-in person's browser change
 * anything here; Groundswell's own pages and integrations can.
 */
@QuarkusTest
class CrossSiteWritesTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldRefuseAPostThatAnotherSitesPageSendsWithTheReadersCredentials() {
        User employee = Api.newEmployee();
        String externalId = Api.unique("forged");

        for (String site : List.of("same-site", "cross-site")) {
            employee.given()
                    .header("Sec-Fetch-Site", site)
                    .contentType(ContentType.JSON)
                    .body(post("blog", externalId).build())
                    .post("/api/posts")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/cross-site-request"));
        }
        Api.asAdmin()
                .header("Origin", "http://intranet-other-host.example")
                .post("/api/admin/reindex")
                .then()
                .statusCode(403);

        assertThat(stored("blog", externalId)).isZero();
    }

    @Test
    void shouldAcceptWritesFromItsOwnPagesAndFromIntegrations() {
        User employee = Api.newEmployee();
        employee.given()
                .header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.JSON)
                .body(post("blog", Api.unique("own-page")).build())
                .post("/api/posts")
                .then()
                .statusCode(201);
        employee.given()
                .header("Origin", base.getScheme() + "://" + base.getHost() + ":" + base.getPort())
                .contentType(ContentType.JSON)
                .body(post("blog", Api.unique("old-browser")).build())
                .post("/api/posts")
                .then()
                .statusCode(201);

        String source = Api.unique("wiki");
        Api.withKey(Api.newApiKey(List.of("ingest"), List.of(source)))
                .contentType(ContentType.JSON)
                .body(post(source, Api.unique("page"))
                        .author("ada", "Ada L", "Engineering")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseABodyThatDoesNotSayWhatItIs() throws Exception {
        String externalId = Api.unique("untyped");
        String json = "{\"source\":\"blog\",\"externalId\":\"" + externalId
                + "\",\"title\":\"Untyped\",\"body\":\"text\",\"createdAt\":\"2026-01-01T00:00:00Z\"}";
        HttpRequest untyped = HttpRequest.newBuilder(base.resolve("/api/posts"))
                .header("Authorization", basic(Api.admin()))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(untyped, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception");
        assertThat(stored("blog", externalId)).isZero();
    }

    @Test
    void shouldAcceptImportsOnlyInTheirDeclaredTypes() {
        Api.asAdmin()
                .contentType("text/plain")
                .body("{\"source\":\"blog\"}\n")
                .post("/api/imports?format=ndjson")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    private static long stored(String source, String externalId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Post.count("source = ?1 and externalId = ?2", source, externalId));
    }

    private static String basic(User user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user.username() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    }
}
