package io.groundswell.leadership;

import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** My own stars on a list of posts, in one call: what a page of search results needs. */
@QuarkusTest
class OwnRatingsLookupTest {

    private final String source = Api.unique("lookup");
    private String key;

    /** Made before each test: RestAssured knows the application's port only then. */
    @BeforeEach
    void newKey() {
        key = Api.newApiKey(List.of("ingest"), List.of(source));
    }

    private int newPost() {
        return Math.toIntExact(post(source, Api.unique("p"))
                .author(Api.unique("a"), "A", "Ops")
                .createAs(Api.withKey(key)));
    }

    private static void rate(User rater, int postId, int stars) {
        rater.given()
                .contentType(ContentType.JSON)
                .body(Map.of("stars", stars))
                .put("/api/posts/{id}/rating", postId)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldAnswerMyStarsForTheNamedPostsOnly() {
        User me = Api.newEmployee();
        User someoneElse = Api.newEmployee();
        int four = newPost();
        int two = newPost();
        int unrated = newPost();
        int notNamed = newPost();
        rate(me, four, 4);
        rate(me, two, 2);
        rate(me, notNamed, 5);
        rate(someoneElse, unrated, 1);

        JsonPath answer = me.given()
                .get("/api/me/ratings?post={a}&post={b}&post={c}&post={a}&post=999999999", four, two, unrated, four)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.getInt("total")).isEqualTo(2);
        Map<Integer, Integer> stars = new java.util.HashMap<>();
        answer.getList("ratings", Map.class)
                .forEach(r -> stars.put((Integer) r.get("postId"), (Integer) r.get("stars")));
        assertThat(stars).containsExactlyInAnyOrderEntriesOf(Map.of(four, 4, two, 2));

        someoneElse
                .given()
                .get("/api/me/ratings?post={a}&post={b}", four, unrated)
                .then()
                .statusCode(200)
                .body("ratings.postId", equalTo(List.of(unrated)))
                .body("ratings.stars", equalTo(List.of(1)));
    }

    @Test
    void shouldRefuseMalformedOrTooManyPostIds() {
        User me = Api.newEmployee();
        for (String bad : List.of("abc", "-3", "0", "1.5", "99999999999999999999")) {
            me.given()
                    .get("/api/me/ratings?post={p}", bad)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("post"));
        }
        String many = IntStream.rangeClosed(1, 101)
                .mapToObj(i -> "post=" + i)
                .reduce((a, b) -> a + "&" + b)
                .orElseThrow();
        me.given().get("/api/me/ratings?" + many).then().statusCode(400).body("errors[0].field", equalTo("post"));
        me.given()
                .get("/api/me/ratings?" + many.replace("&post=101", ""))
                .then()
                .statusCode(200);
    }
}
