package io.groundswell.post;

import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Titles are plain text: whatever they hold is stored and read back exactly as sent, on every
 * write path, and an over-long one is refused for its length at once.
 */
@QuarkusTest
class PlainTextTitleTest {

    /** Real mail and forum titles that mention markup, and one that would be markup if shown as HTML. */
    static final List<String> TITLES = List.of(
            "Why does <div> collapse in flexbox?",
            "<nettime> The War Prayer",
            "Cron <yyyy@dogma> /home/yyyy/logs/runme",
            "Is a<b && b>c true?",
            "x <img src=x onerror=alert(1)>",
            "R&amp;D &lt;3 &#x26; <!-- not a comment --> <![CDATA[x]]> <?php ?>");

    /** The issue's attack: quadratic in the old title pattern, 16 s of CPU at 64k characters. */
    private static final String HOSTILE = "<a".repeat(32 * 1024);

    private static final ObjectMapper JSON = new ObjectMapper();

    private String source;
    private String key;

    @BeforeEach
    void setUp() {
        source = Api.unique("titles");
        key = Api.newApiKey(List.of("ingest"), List.of(source));
    }

    @Test
    void shouldRefuseAnOverLongTitleForItsLengthAtOnce() {
        Api.User employee = Api.newEmployee();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> employee.given()
                .contentType(ContentType.JSON)
                .body(post(source, "long").title(HOSTILE).build())
                .post("/api/posts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("title")));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> bulk(
                        ContentType.JSON.toString(),
                        json(List.of(post(source, "long")
                                .title(HOSTILE)
                                .author("a", "A", "R")
                                .build())))
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("rejected")));
    }

    @Test
    void shouldStoreTitlesThatMentionMarkupExactlyAsSent() {
        for (int i = 0; i < TITLES.size(); i++) {
            long id = Api.withKey(key)
                    .contentType(ContentType.JSON)
                    .body(item("single-" + i, TITLES.get(i)))
                    .post("/api/posts")
                    .then()
                    .statusCode(201)
                    .body("title", equalTo(TITLES.get(i)))
                    .extract()
                    .jsonPath()
                    .getLong("id");
            Api.asAdmin().get("/api/posts/" + id).then().statusCode(200).body("title", equalTo(TITLES.get(i)));
        }
        assertThat(storedTitles("single-")).containsExactlyInAnyOrderElementsOf(TITLES);
    }

    @Test
    void shouldStoreThemAsSentThroughBulkAndNdjson() {
        List<Map<String, Object>> items = indexed("bulk-");
        bulk(ContentType.JSON.toString(), json(items))
                .then()
                .statusCode(200)
                .body("status.unique()", equalTo(List.of("created")));

        String ndjson =
                indexed("ndjson-").stream().map(PlainTextTitleTest::json).collect(Collectors.joining("\n"));
        bulk("application/x-ndjson", ndjson).then().statusCode(200);

        assertThat(storedTitles("bulk-")).containsExactlyInAnyOrderElementsOf(TITLES);
        assertThat(storedTitles("ndjson-")).containsExactlyInAnyOrderElementsOf(TITLES);
    }

    @Test
    void shouldStoreThemAsSentThroughAnNdjsonImport() {
        String ndjson =
                indexed("import-").stream().map(PlainTextTitleTest::json).collect(Collectors.joining("\n"));
        long job = Api.asAdmin()
                .contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/imports?format=ndjson")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        JsonPath done = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Api.asAdmin()
                                .get("/api/imports/" + job)
                                .then()
                                .extract()
                                .jsonPath(),
                        answer -> !"running".equals(answer.getString("status")));
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(storedTitles("import-")).containsExactlyInAnyOrderElementsOf(TITLES);
    }

    private List<Map<String, Object>> indexed(String prefix) {
        return java.util.stream.IntStream.range(0, TITLES.size())
                .mapToObj(i -> post(source, prefix + i)
                        .title(TITLES.get(i))
                        .author("author-1", "Author One", "Research")
                        .build())
                .toList();
    }

    private Map<String, Object> item(String externalId, String title) {
        return post(source, externalId)
                .title(title)
                .author("author-1", "Author One", "Research")
                .build();
    }

    private io.restassured.response.Response bulk(String contentType, String body) {
        return Api.withKey(key)
                .contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/posts/bulk");
    }

    private List<String> storedTitles(String prefix) {
        List<Map<String, Object>> posts = Api.asAdmin()
                .get("/api/posts?source={s}&limit=100", source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return posts.stream()
                .filter(p -> ((String) p.get("externalId")).startsWith(prefix))
                .map(p -> (String) p.get("title"))
                .toList();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
