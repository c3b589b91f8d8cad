package io.groundswell.rating;

import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The posts of my department waiting for ratings: few ratings, not mine, not rated by me, recent. */
@QuarkusTest
class PostsToRateTest {

    private final String source = Api.unique("torate");
    private String key;

    /** Made before each test: RestAssured knows the application's port only then. */
    @BeforeEach
    void newKey() {
        key = Api.newApiKey(List.of("ingest", "rate"), List.of(source));
    }

    private int newPost(String authorId, String department, Duration age) {
        return Math.toIntExact(post(source, Api.unique("p"))
                .author(authorId, "Author " + authorId, department)
                .createdAt(Instant.now().minus(age))
                .createAs(Api.withKey(key)));
    }

    private void rateOnBehalf(int postId, int raters) {
        for (int r = 0; r < raters; r++) {
            Api.withKey(key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("stars", 4))
                    .put("/api/posts/{id}/ratings/{rater}", postId, Api.unique("rater"))
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void shouldListRecentPostsOfMyDepartmentThatFewRatedAndINeither() {
        String department = Api.unique("Atelier");
        User me = Api.newUser(department, "employee");
        String colleague = Api.unique("colleague");
        int waiting = newPost(colleague, department, Duration.ofHours(2));
        int newer = newPost(colleague, department, Duration.ofHours(1));
        int twoRatings = newPost(colleague, department, Duration.ofHours(3));
        rateOnBehalf(twoRatings, 2);
        int threeRatings = newPost(colleague, department, Duration.ofHours(3));
        rateOnBehalf(threeRatings, 3);
        int ratedByMe = newPost(colleague, department, Duration.ofHours(3));
        me.given().contentType(ContentType.JSON).body(Map.of("stars", 3)).put("/api/posts/{id}/rating", ratedByMe);
        me.given()
                .contentType(ContentType.JSON)
                .body(post(source, Api.unique("mine"))
                        .without("author")
                        .createdAt(Instant.now().minus(Duration.ofHours(3)))
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201);
        newPost(colleague, department, Duration.ofDays(40));
        newPost(Api.unique("outsider"), Api.unique("Elsewhere"), Duration.ofHours(1));

        JsonPath answer = me.given()
                .get("/api/me/posts-to-rate?limit=10")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.getString("department")).isEqualTo(department);
        assertThat(answer.getInt("fewerThan")).isEqualTo(3);
        assertThat(answer.getList("posts.id", Integer.class)).containsExactly(newer, waiting, twoRatings);
        assertThat(answer.getString("posts[0].author.displayName")).isEqualTo("Author " + colleague);
        assertThat(answer.getInt("posts[2].rating.count")).isEqualTo(2);

        me.given()
                .get("/api/me/posts-to-rate?limit=1")
                .then()
                .statusCode(200)
                .body("posts.id", equalTo(List.of(newer)));
    }

    @Test
    void shouldRefuseBadLimitsAndMachineClients() {
        User me = Api.newEmployee();
        me.given()
                .get("/api/me/posts-to-rate?limit=many")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        me.given().get("/api/me/posts-to-rate?limit=51").then().statusCode(400);
        Api.withKey(key).get("/api/me/posts-to-rate").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/me/posts-to-rate").then().statusCode(401);
    }
}
