package io.groundswell.post;

import static io.groundswell.testing.PostBuilder.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostResourceTest {

    private String ingestKey;
    private String source;

    @BeforeEach
    void setUp() {
        source = Api.unique("wiki");
        ingestKey = Api.newApiKey(List.of("ingest"), List.of(source));
    }

    @Test
    void shouldUpsertBySourceAndExternalIdKeepingOneIdAndTheNewerFields() {
        var first = post(source, "page-1")
                .title("First title")
                .author("ada", "Ada L", "Engineering")
                .body("<p>Caf&eacute;</p><p>&laquo;menu&raquo;</p>", "html");
        int id = Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(first.build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .body("title", equalTo("First title"))
                .body("text", equalTo("Café\n\n«menu»"))
                .body("rating.count", equalTo(0))
                .extract()
                .path("id");

        Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(first.title("Second title")
                        .tags(List.of("Kubernetes", "ops"))
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo("Second title"))
                .body("tags", contains("kubernetes", "ops"));

        Api.asAdmin()
                .get("/api/posts?source={s}", source)
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(id))
                .body("[0].author.id", equalTo(source + ":ada"))
                .body("[0].author.department", equalTo("Engineering"));
    }

    @Test
    void shouldStoreTheGoodItemsOfABulkAndReportTheBadOne() {
        var items = List.of(
                post(source, "b-1").author("bo", "Bo", "Sales").build(),
                post(source, "b-2")
                        .author("bo", "Bo", "Sales")
                        .with("title", "")
                        .build(),
                post(source, "b-3")
                        .author("bo", "Bo", "Sales")
                        .with("createdAt", "yesterday")
                        .build(),
                post(source, "b-4").author("bo", "Bo", "Sales").build());

        Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(items)
                .post("/api/posts/bulk")
                .then()
                .statusCode(200)
                .body("$", hasSize(4))
                .body("status", contains("created", "rejected", "rejected", "created"))
                .body("externalId", contains("b-1", "b-2", "b-3", "b-4"))
                .body("[0].id", notNullValue())
                .body("[1].id", nullValue())
                .body("[1].error", org.hamcrest.Matchers.containsString("title"))
                .body("[2].error", org.hamcrest.Matchers.containsString("createdAt"));

        Api.asAdmin().get("/api/posts?source={s}", source).then().body("externalId", contains("b-4", "b-1"));
    }

    @Test
    void shouldStreamNdjsonBulkWithOneResultLinePerItem() {
        String ndjson = String.join(
                "\n",
                "{\"source\":\"" + source + "\",\"externalId\":\"n-1\",\"title\":\"One\",\"body\":\"x\","
                        + "\"author\":{\"id\":\"cy\"}}",
                "{not json",
                "",
                "{\"source\":\"" + source + "\",\"externalId\":\"n-2\",\"title\":\"Two\",\"body\":\"y\","
                        + "\"author\":{\"id\":\"cy\"}}");
        String answer = Api.withKey(ingestKey)
                .contentType("application/x-ndjson")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/posts/bulk")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = answer.lines().toList();
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(lines.get(0)).contains("\"line\":1", "\"status\":\"created\"");
        org.assertj.core.api.Assertions.assertThat(lines.get(1)).contains("\"line\":2", "\"status\":\"rejected\"");
        org.assertj.core.api.Assertions.assertThat(lines.get(2)).contains("\"line\":4", "\"status\":\"created\"");
    }

    @Test
    void shouldAnswer404ForAMissingPost() {
        Api.asAdmin()
                .get("/api/posts/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void shouldLetPeoplePostOnlyAsThemselves() {
        User employee = Api.newEmployee();
        employee.given()
                .contentType(ContentType.JSON)
                .body(post(source, "mine").without("author").build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .body("author.id", equalTo(employee.username()))
                .body("author.department", equalTo("Engineering"));

        employee.given()
                .contentType(ContentType.JSON)
                .body(post(source, "theirs")
                        .author("someone-else", "S", "Sales")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldLetOnlyAdminsAndTheOwningIntegrationDelete() {
        long id = post(source, "doomed").author("dee", "Dee", "Legal").createAs(Api.withKey(ingestKey));
        String otherKey = Api.newApiKey(List.of("ingest"), List.of(Api.unique("blog")));

        Api.withKey(otherKey).delete("/api/posts/{id}", id).then().statusCode(403);
        Api.newEmployee().given().delete("/api/posts/{id}", id).then().statusCode(403);
        Api.withKey(ingestKey).delete("/api/posts/{id}", id).then().statusCode(204);
        Api.asAdmin().get("/api/posts/{id}", id).then().statusCode(404);
    }
}
