package io.groundswell.search;

import io.groundswell.testing.PostBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a post and sends it as an integration would; defaults make every post valid. */
final class TestPost {

    /** Without a creation time, so that the server stamps the post as new. */
    private final PostBuilder post;

    TestPost(String source) {
        this.post = PostBuilder.post(source, UUID.randomUUID().toString())
                .title("A post")
                .body("", "text")
                .author("author-1", "Alex Author", "Finance")
                .tags(List.of())
                .without("createdAt");
    }

    TestPost title(String value) {
        post.title(value);
        return this;
    }

    TestPost text(String value) {
        post.body(value, "text");
        return this;
    }

    TestPost html(String value) {
        post.body(value, "html");
        return this;
    }

    TestPost author(String id, String displayName, String department) {
        if (department == null) {
            post.with("author", Map.of("id", id, "displayName", displayName));
        } else {
            post.author(id, displayName, department);
        }
        return this;
    }

    TestPost createdAt(Instant value) {
        post.createdAt(value);
        return this;
    }

    TestPost tags(String... values) {
        post.tags(List.of(values));
        return this;
    }

    /** Stores the post (201 expected) and returns its id. */
    long create() {
        return post.createAs(SearchFixture.asIntegration());
    }
}
