package io.groundswell.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON of a post request, with sensible defaults that a test overrides. */
public final class PostBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PostBuilder(String source, String externalId) {
        fields.put("source", source);
        fields.put("externalId", externalId);
        fields.put("title", "A title for " + externalId);
        fields.put("body", "Some body text about " + externalId);
        fields.put("bodyFormat", "text");
        fields.put("createdAt", Instant.now().minusSeconds(60).toString());
        fields.put("tags", List.of("testing"));
    }

    public static PostBuilder post(String source, String externalId) {
        return new PostBuilder(source, externalId);
    }

    public PostBuilder title(String title) {
        fields.put("title", title);
        return this;
    }

    public PostBuilder body(String body, String format) {
        fields.put("body", body);
        fields.put("bodyFormat", format);
        return this;
    }

    public PostBuilder author(String id, String displayName, String department) {
        fields.put("author", Map.of("id", id, "displayName", displayName, "department", department));
        return this;
    }

    public PostBuilder createdAt(Instant createdAt) {
        fields.put("createdAt", createdAt.toString());
        return this;
    }

    public PostBuilder tags(List<String> tags) {
        fields.put("tags", tags);
        return this;
    }

    public PostBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public PostBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }

    /** Sends the post as the caller, expects it created (201), and returns its id. */
    public long createAs(RequestSpecification caller) {
        return caller.contentType(ContentType.JSON)
                .body(build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
