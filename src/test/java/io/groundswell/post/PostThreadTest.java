package io.groundswell.post;

import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The thread and kind of a post: accepted on every way in, echoed, and a bad kind named in the 400. */
@QuarkusTest
class PostThreadTest {

    private String ingestKey;
    private String source;

    @BeforeEach
    void setUp() {
        source = Api.unique("forum");
        ingestKey = Api.newApiKey(List.of("ingest"), List.of(source));
    }

    @Test
    void shouldEchoTheThreadAndKindOfAReply() {
        int id = Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(post(source, "a-2")
                        .author("ana", "Ana", "Support")
                        .with("thread", "q-1")
                        .with("kind", "answer")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .body("thread", equalTo("q-1"))
                .body("kind", equalTo("answer"))
                .extract()
                .path("id");

        Api.asAdmin()
                .get("/api/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("thread", equalTo("q-1"))
                .body("kind", equalTo("answer"));
    }

    @Test
    void shouldMakeAPostThatNamesNoThreadAThreadOfItsOwn() {
        Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(post(source, "q-1").author("ana", "Ana", "Support").build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .body("thread", equalTo("q-1"))
                .body("kind", equalTo(null));
    }

    @Test
    void shouldRejectAnUnknownKindNamingTheField() {
        Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(post(source, "odd")
                        .author("ana", "Ana", "Support")
                        .with("kind", "rant")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("detail", containsString("question, answer, comment, article"));
    }

    @Test
    void shouldRejectAThreadKeyLongerThanAnExternalId() {
        Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(post(source, "long")
                        .author("ana", "Ana", "Support")
                        .with("thread", "t".repeat(257))
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("thread"));
    }

    @Test
    void shouldTakeThreadAndKindInBulkAndRejectOnlyTheItemWithABadKind() {
        var items = List.of(
                post(source, "c-1")
                        .author("bo", "Bo", "Sales")
                        .with("thread", "q-9")
                        .with("kind", "comment")
                        .build(),
                post(source, "c-2").author("bo", "Bo", "Sales").with("kind", 7).build());

        Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(items)
                .post("/api/posts/bulk")
                .then()
                .statusCode(200)
                .body("status", contains("created", "rejected"))
                .body("[1].error", containsString("kind"));
        Api.asAdmin()
                .get("/api/posts?source={s}&externalId=c-1", source)
                .then()
                .body("[0].thread", equalTo("q-9"))
                .body("[0].kind", equalTo("comment"));
    }

    @Test
    void shouldTakeThreadAndKindFromNdjson() {
        String ndjson = "{\"source\":\"" + source + "\",\"externalId\":\"n-1\",\"title\":\"Re: One\",\"body\":\"x\","
                + "\"author\":{\"id\":\"cy\"},\"thread\":\"n-0\",\"kind\":\"ANSWER\"}\n";
        String answer = Api.withKey(ingestKey)
                .contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/posts/bulk")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(answer).contains("\"status\":\"created\"");
        Api.asAdmin()
                .get("/api/posts?source={s}&externalId=n-1", source)
                .then()
                .body("[0].thread", equalTo("n-0"))
                .body("[0].kind", equalTo("answer"));
    }
}
