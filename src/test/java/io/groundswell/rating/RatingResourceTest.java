package io.groundswell.rating;

import static io.groundswell.testing.Near.near;
import static io.groundswell.testing.PostBuilder.post;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.post.RatingSummary;
import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RatingResourceTest {

    private String source;
    private String key;

    @BeforeEach
    void setUp() {
        source = Api.unique("forum");
        key = Api.newApiKey(List.of("ingest", "rate"), List.of(source));
    }

    private int newPost(String authorId) {
        return Math.toIntExact(post(source, Api.unique("p"))
                .author(authorId, "Author", "Sales")
                .createAs(Api.withKey(key)));
    }

    private static void rate(User user, int postId, Object stars, int expectedStatus) {
        user.given()
                .contentType(ContentType.JSON)
                .body(Map.of("stars", stars))
                .put("/api/posts/{id}/rating", postId)
                .then()
                .statusCode(expectedStatus);
    }

    @Test
    void shouldMoveTheSummaryWhenRatingsChangeAndAreWithdrawn() {
        int postId = newPost(Api.unique("author"));
        User alice = Api.newEmployee();
        User bob = Api.newEmployee();

        rate(alice, postId, 5, 200);
        rate(bob, postId, 3, 200);
        Api.asAdmin()
                .get("/api/posts/{id}", postId)
                .then()
                .body("rating.count", equalTo(2))
                .body("rating.mean", near(4.0))
                .body("rating.score", near((15 + 8) / 7.0));

        rate(bob, postId, 1, 200);
        Api.asAdmin().get("/api/posts/{id}", postId).then().body("rating.mean", near(3.0));

        alice.given().delete("/api/posts/{id}/rating", postId).then().statusCode(204);
        Api.asAdmin()
                .get("/api/posts/{id}", postId)
                .then()
                .body("rating.count", equalTo(1))
                .body("rating.mean", near(1.0));
        alice.given().get("/api/posts/{id}/rating", postId).then().statusCode(404);
        bob.given().get("/api/posts/{id}/rating", postId).then().statusCode(200).body("stars", equalTo(1));
    }

    @Test
    void shouldIgnoreARatingByThePostsOwnAuthor() {
        User author = Api.newEmployee();
        int postId = Math.toIntExact(
                post(source, Api.unique("own")).without("author").createAs(author.given()));

        rate(author, postId, 5, 200);
        author.given()
                .get("/api/posts/{id}/rating", postId)
                .then()
                .statusCode(200)
                .body("stars", equalTo(5));
        Api.asAdmin()
                .get("/api/posts/{id}", postId)
                .then()
                .body("rating.count", equalTo(0))
                .body("rating.score", near(RatingSummary.PRIOR_MEAN));
    }

    @Test
    void shouldRejectStarsOutsideOneToFiveAndNonIntegers() {
        int postId = newPost(Api.unique("author"));
        User rater = Api.newEmployee();
        rate(rater, postId, 0, 400);
        rate(rater, postId, 6, 400);
        rate(rater, postId, 4.5, 400);
        rate(rater, postId, "5", 400);
        rater.given()
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/posts/{id}/rating", postId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("stars"));
        Api.asAdmin().get("/api/posts/{id}", postId).then().body("rating.count", equalTo(0));
    }

    private static ValidatableResponse rateOnBehalf(String key, int postId, Map<String, Object> rating) {
        return Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(rating)
                .put("/api/posts/{id}/ratings/{rater}", postId, "fan-1")
                .then();
    }

    @Test
    void shouldRecordOnBehalfRatingsOnlyWithTheRateScopeAndSource() {
        int postId = newPost(Api.unique("author"));
        String ingestOnly = Api.newApiKey(List.of("ingest"), List.of(source));
        String otherSource = Api.newApiKey(List.of("rate"), List.of(Api.unique("elsewhere")));
        Map<String, Object> like = Map.of("stars", 5, "displayName", "Forum Fan");

        rateOnBehalf(ingestOnly, postId, like).statusCode(403);
        rateOnBehalf(otherSource, postId, like).statusCode(404);
        rateOnBehalf(key, postId, like).statusCode(200).body("summary.count", equalTo(1));
        // The same rating again replaces it: still one.
        rateOnBehalf(key, postId, like).statusCode(200).body("summary.count", equalTo(1));
        Api.withKey(key)
                .delete("/api/posts/{id}/ratings/{rater}", postId, "fan-1")
                .then()
                .statusCode(204);
        Api.asAdmin().get("/api/posts/{id}", postId).then().body("rating.count", equalTo(0));
    }

    @Test
    void shouldAnswer404WhenRatingAMissingPost() {
        Api.newEmployee()
                .given()
                .contentType(ContentType.JSON)
                .body(Map.of("stars", 4))
                .put("/api/posts/{id}/rating", 987654321)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
