package io.groundswell.system;

import static io.groundswell.testing.PostBuilder.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile or broken requests get a 4xx problem+json, reveal no internals and store nothing. */
@QuarkusTest
class HostileInputTest {

    private String source;
    private String key;

    @BeforeEach
    void setUp() {
        source = Api.unique("hostile");
        key = Api.newApiKey(List.of("ingest"), List.of(source));
    }

    private ValidatableResponse send(byte[] body) {
        return Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/posts")
                .then()
                .contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("\tat ")));
    }

    private ValidatableResponse send(String json) {
        return send(json.getBytes(StandardCharsets.UTF_8));
    }

    private void assertNothingStored() {
        Api.asAdmin()
                .get("/api/posts?source={s}", source)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    private String valid(String externalId) {
        return toJson(post(source, externalId).author("eve", "Eve", "Ops").build());
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldRejectMalformedJson() {
        send("{\"source\": \"" + source + "\", \"title\": ").statusCode(400).body("title", equalTo("Malformed JSON"));
        send(valid("x") + " trailing").statusCode(400);
        assertNothingStored();
    }

    @Test
    void shouldRejectWrongTypesNamingTheField() {
        String json = valid("typed").replace("\"tags\":[\"testing\"]", "\"tags\":{\"a\":1}");
        send(json).statusCode(400).body("errors[0].field", equalTo("tags"));
        send(valid("typed").replace("\"title\":\"A title for typed\"", "\"title\":42"))
                .statusCode(400)
                .body("errors[0].field", equalTo("title"));
        send(valid("typed").replace("\"bodyFormat\":\"text\"", "\"bodyFormat\":\"pdf\""))
                .statusCode(400)
                .body("detail", containsString("bodyFormat"));
        assertNothingStored();
    }

    @Test
    void shouldRefuseATwentyMegabyteBodyWith413() {
        String padding = "a".repeat(20 * 1024 * 1024);
        send(valid("huge").replace("Some body text about huge", padding))
                .statusCode(413)
                .body("status", equalTo(413));
        assertNothingStored();
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] json = valid("utf").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[json.length + 2];
        int at = new String(json, StandardCharsets.UTF_8).indexOf("Some body");
        System.arraycopy(json, 0, broken, 0, at);
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        System.arraycopy(json, at, broken, at + 2, json.length - at);
        send(broken).statusCode(400);
        assertNothingStored();
    }

    @Test
    void shouldRejectTenThousandTags() {
        List<String> tags = IntStream.range(0, 10_000).mapToObj(i -> "tag" + i).toList();
        send(toJson(post(source, "tags").author("eve", "Eve", "Ops").tags(tags).build()))
                .statusCode(400)
                .body("errors[0].field", equalTo("tags"));
        assertNothingStored();
    }

    @Test
    void shouldRejectDeeplyNestedJson() {
        String deep = String.join("", Collections.nCopies(5000, "[")) + String.join("", Collections.nCopies(5000, "]"));
        send(deep).statusCode(400);
        assertNothingStored();
    }

    @Test
    void shouldRejectOversizedBatchesWith413AndStoreNone() {
        String items = IntStream.range(0, 1001)
                .mapToObj(i -> valid("batch-" + i))
                .reduce((a, b) -> a + "," + b)
                .get();
        Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(("[" + items + "]").getBytes(StandardCharsets.UTF_8))
                .post("/api/posts/bulk")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        assertNothingStored();
    }

    @Test
    void shouldAnswerUnknownApiPathsAndMethodsWithProblemJson() {
        Api.asAdmin().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        Api.asAdmin().patch("/api/posts/1").then().statusCode(405).contentType("application/problem+json");
        Api.asAdmin().get("/api/posts/not-a-number").then().statusCode(404).contentType("application/problem+json");
        Api.withKey(key)
                .contentType(ContentType.XML)
                .body("<post/>")
                .post("/api/posts")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }
}
