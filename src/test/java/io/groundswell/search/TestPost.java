package io.groundswell.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a post and sends it as an integration would; defaults make every post valid. */
final class TestPost {

    private final String source;
    private String externalId = UUID.randomUUID().toString();
    private String title = "A post";
    private String body = "";
    private String bodyFormat = "text";
    private Map<String, String> author =
            Map.of("id", "author-1", "displayName", "Alex Author", "department", "Finance");
    private Instant createdAt;
    private List<String> tags = List.of();

    TestPost(String source) {
        this.source = source;
    }

    TestPost title(String value) {
        this.title = value;
        return this;
    }

    TestPost text(String value) {
        this.body = value;
        this.bodyFormat = "text";
        return this;
    }

    TestPost html(String value) {
        this.body = value;
        this.bodyFormat = "html";
        return this;
    }

    TestPost author(String id, String displayName, String department) {
        this.author = department == null
                ? Map.of("id", id, "displayName", displayName)
                : Map.of("id", id, "displayName", displayName, "department", department);
        return this;
    }

    TestPost createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    TestPost tags(String... values) {
        this.tags = List.of(values);
        return this;
    }

    /** Stores the post (201 expected) and returns its id. */
    long create() {
        Map<String, Object> json = new HashMap<>();
        json.put("source", source);
        json.put("externalId", externalId);
        json.put("title", title);
        json.put("body", body);
        json.put("bodyFormat", bodyFormat);
        json.put("author", author);
        json.put("tags", tags);
        if (createdAt != null) {
            json.put("createdAt", createdAt.toString());
        }
        return SearchFixture.asIntegration()
                .contentType("application/json")
                .body(json)
                .post("/api/posts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
