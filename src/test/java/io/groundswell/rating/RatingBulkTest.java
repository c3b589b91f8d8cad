package io.groundswell.rating;

import static io.groundswell.testing.Near.near;
import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.groundswell.person.Person;
import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RatingBulkTest {

    private static final Instant POSTED = Instant.parse("2024-03-01T09:00:00Z");

    private String source;
    private String key;

    @BeforeEach
    void setUp() {
        source = Api.unique("forum");
        key = Api.newApiKey(List.of("ingest", "rate"), List.of(source));
    }

    private int newPost() {
        return (int) post(source, Api.unique("p"))
                .author(Api.unique("author"), "Author", "Sales")
                .createdAt(POSTED)
                .createAs(Api.withKey(key));
    }

    private static Map<String, Object> rating(int postId, String rater, int stars, Instant ratedAt) {
        Map<String, Object> item = new HashMap<>(Map.of("postId", postId, "raterId", rater, "stars", stars));
        if (ratedAt != null) {
            item.put("ratedAt", ratedAt.toString());
        }
        return item;
    }

    private ValidatableResponse sendArray(Object items) {
        return Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(items)
                .post("/api/ratings/bulk")
                .then();
    }

    private static ValidatableResponse postSummary(int postId) {
        return Api.asAdmin().get("/api/posts/{id}", postId).then().statusCode(200);
    }

    @Test
    void shouldStoreGoodItemsAndRejectEachBadOneNamingItsField() {
        int postId = newPost();
        Instant future = Instant.now().plus(Duration.ofDays(2));
        var items = List.of(
                rating(postId, "fan-1", 5, POSTED.plus(Duration.ofDays(1))),
                rating(987654321, "fan-2", 4, null),
                rating(postId, "fan-3", 6, null),
                rating(postId, "fan-4", 4, future),
                rating(postId, "fan-5", 4, POSTED.minus(Duration.ofHours(1))),
                rating(postId, "fan-6", 3, null));

        sendArray(items)
                .statusCode(200)
                .body("", hasSize(6))
                .body("index", equalTo(List.of(0, 1, 2, 3, 4, 5)))
                .body("status", equalTo(List.of("created", "rejected", "rejected", "rejected", "rejected", "created")))
                .body("[1].error", startsWith("postId:"))
                .body("[2].error", equalTo("stars: must be between 1 and 5"))
                .body("[3].error", equalTo("ratedAt: lies in the future"))
                .body("[4].error", startsWith("ratedAt: lies before the post was created"))
                .body("[5].raterId", equalTo("fan-6"));

        postSummary(postId).body("rating.count", equalTo(2)).body("rating.mean", near(4.0));
    }

    @Test
    void shouldAcceptTheDateOfThePostItselfToTheNanosecond() {
        Instant posted = Instant.parse("2024-03-01T09:00:00.123456789Z");
        int postId = Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(post(source, Api.unique("p"))
                        .author(Api.unique("author"), "Author", "Sales")
                        .createdAt(posted)
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        sendArray(List.of(rating(postId, "first", 5, posted), rating(postId, "early", 5, posted.minusMillis(2))))
                .body("status", equalTo(List.of("created", "rejected")));
    }

    @Test
    void shouldAcceptNdjsonWithLineNumbersAndSkipBlankLines() {
        int postId = newPost();
        String ndjson = String.join(
                "\n",
                json(rating(postId, "nd-1", 5, POSTED.plus(Duration.ofHours(2)))),
                "",
                "{\"postId\": " + postId + ", \"raterId\": \"nd-2\", \"stars\": \"5\"}",
                "not json",
                json(rating(postId, "nd-3", 2, null)));

        assertThat(statusesByLine(sendNdjson(ndjson)))
                .containsExactly(entry(1, "created"), entry(3, "rejected"), entry(4, "rejected"), entry(5, "created"));
        // Sent again: the dated rating is a replay; the undated one is given again now.
        List<JsonPath> again = sendNdjson(ndjson);
        assertThat(statusesByLine(again))
                .containsExactly(
                        entry(1, "unchanged"), entry(3, "rejected"), entry(4, "rejected"), entry(5, "updated"));
        assertThat(again.get(1).getString("error")).startsWith("stars:");
        assertThat(again.get(2).getString("error")).contains("not valid JSON");
        postSummary(postId).body("rating.count", equalTo(2)).body("rating.mean", near(3.5));
    }

    private List<JsonPath> sendNdjson(String ndjson) {
        String body = Api.withKey(key)
                .contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/ratings/bulk")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        return body.lines().map(JsonPath::from).toList();
    }

    private static Map<Integer, String> statusesByLine(List<JsonPath> lines) {
        Map<Integer, String> statuses = new LinkedHashMap<>();
        lines.forEach(line -> statuses.put(line.getInt("line"), line.getString("status")));
        return statuses;
    }

    @Test
    void shouldKeepOneRatingPerRaterAndTheNewestDateOnReplay() {
        int postId = newPost();
        Instant monday = POSTED.plus(Duration.ofDays(3));
        Instant tuesday = monday.plus(Duration.ofDays(1));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(rating(postId, "crowd-" + i, 1 + i % 5, monday));
        }
        sendArray(items).statusCode(200);
        sendArray(items).statusCode(200).body("status", equalTo(Collections.nCopies(10, "unchanged")));
        postSummary(postId).body("rating.count", equalTo(10)).body("rating.mean", near(3.0));

        sendArray(List.of(rating(postId, "crowd-0", 5, tuesday))).body("[0].status", equalTo("updated"));
        // Monday's 1 star arrives late: Tuesday's 5 stars stand.
        sendArray(List.of(rating(postId, "crowd-0", 1, monday))).body("[0].status", equalTo("unchanged"));
        postSummary(postId).body("rating.count", equalTo(10)).body("rating.mean", near(3.4));
    }

    @Test
    void shouldStoreTheRatingsOwnDateForThePersonOfTheKeysSourceNeverForAnAccountHolder() {
        int postId = newPost();
        User holder = Api.newEmployee();
        Instant ratedAt = Instant.parse("2024-05-06T07:08:09Z");

        sendArray(List.of(rating(postId, holder.username(), 4, ratedAt))).body("[0].status", equalTo("created"));

        holder.given().get("/api/posts/{id}/rating", postId).then().statusCode(404);
        holder.given()
                .queryParam("post", postId)
                .get("/api/me/ratings")
                .then()
                .statusCode(200)
                .body("ratings", hasSize(0));
        String sourcePerson = Person.keyInSource(source, holder.username());
        Instant stored = QuarkusTransaction.requiringNew()
                .call(() -> Rating.<Rating>find("post.id = ?1 and rater.key = ?2", (long) postId, sourcePerson)
                        .singleResult()
                        .updatedAt);
        assertThat(stored).isEqualTo(ratedAt);
    }

    @Test
    void shouldAskForAnApiKeyWithTheRateScopeForItsOwnSources() {
        int postId = newPost();
        var items = List.of(rating(postId, "who-1", 5, null));
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body(items)
                .post("/api/ratings/bulk")
                .then()
                .statusCode(401);
        Api.withKey(Api.newApiKey(List.of("ingest"), List.of(source)))
                .contentType(ContentType.JSON)
                .body(items)
                .post("/api/ratings/bulk")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.newEmployee()
                .given()
                .contentType(ContentType.JSON)
                .body(items)
                .post("/api/ratings/bulk")
                .then()
                .statusCode(403);
        Api.withKey(Api.newApiKey(List.of("rate"), List.of(Api.unique("elsewhere"))))
                .contentType(ContentType.JSON)
                .body(items)
                .post("/api/ratings/bulk")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("rejected"))
                .body("[0].error", startsWith("postId:"));
        postSummary(postId).body("rating.count", equalTo(0));
    }

    @Test
    void shouldRefuseMoreItemsThanTheLimitAndAnythingButAnArray() {
        int postId = newPost();
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            tooMany.add(rating(postId, "many-" + i, 5, null));
        }
        sendArray(tooMany)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 1000"));
        String ndjson = tooMany.stream().map(RatingBulkTest::json).collect(Collectors.joining("\n"));
        Api.withKey(key)
                .contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/ratings/bulk")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        sendArray(Map.of("postId", postId)).statusCode(400).contentType("application/problem+json");
        postSummary(postId).body("rating.count", equalTo(0));
    }

    private static String json(Map<String, Object> item) {
        return item.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": "
                        + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
