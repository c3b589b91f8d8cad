package io.groundswell.person;

import static io.groundswell.testing.PostBuilder.post;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.groundswell.testing.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API keys name the people of their source: never an account holder, whom the directory names. */
@QuarkusTest
class IntegrationIdentityTest {

    private String source;
    private User alice;

    @BeforeEach
    void setUp() {
        source = Api.unique("wiki");
        alice = Api.newUser("Finance", "employee");
    }

    private int newPost(String authorId) {
        return (int) post(source, Api.unique("page"))
                .author(authorId, "Author", "Ops")
                .createAs(Api.asAdmin());
    }

    private void assertAliceIsUnchanged() {
        alice.given()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Test " + alice.username()))
                .body("department", equalTo("Finance"));
    }

    @Test
    void shouldKeepAnAccountHoldersNameAndRatingsFromAnOnBehalfRating() {
        String rateKey = Api.newApiKey(List.of("rate"), List.of(source));
        int postId = newPost(Api.unique("writer"));

        Api.withKey(rateKey)
                .contentType(ContentType.JSON)
                .body(Map.of("stars", 5, "displayName", "Alice (fired)", "department", "Elsewhere"))
                .put("/api/posts/{id}/ratings/{rater}", postId, alice.username())
                .then()
                .statusCode(200);

        assertAliceIsUnchanged();
        // The 5 stars are the wiki's own person's, not Alice's: she has rated nothing.
        alice.given().get("/api/posts/{id}/rating", postId).then().statusCode(404);
        Api.asAdmin().get("/api/posts/{id}", postId).then().body("rating.count", equalTo(1));
    }

    @Test
    void shouldNotWithdrawAnAccountHoldersOwnRating() {
        String rateKey = Api.newApiKey(List.of("rate"), List.of(source));
        int postId = newPost(Api.unique("writer"));
        alice.given()
                .contentType(ContentType.JSON)
                .body(Map.of("stars", 2))
                .put("/api/posts/{id}/rating", postId)
                .then()
                .statusCode(200);

        Api.withKey(rateKey)
                .delete("/api/posts/{id}/ratings/{rater}", postId, alice.username())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        alice.given()
                .get("/api/posts/{id}/rating", postId)
                .then()
                .statusCode(200)
                .body("stars", equalTo(2));
        Api.asAdmin().get("/api/posts/{id}", postId).then().body("rating.count", equalTo(1));
    }

    @Test
    void shouldGiveAnIngestKeysAuthorToItsSourceNotToTheAccountHolder() {
        String ingestKey = Api.newApiKey(List.of("ingest"), List.of(source));
        Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(post(source, "impostor")
                        .author(alice.username(), "Someone Else", "Board")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .body("author.id", equalTo(source + ":" + alice.username()))
                .body("author.displayName", equalTo("Someone Else"));

        assertAliceIsUnchanged();
    }

    @Test
    void shouldIgnoreTheNameAndDepartmentAnEmployeeGivesTheirOwnPost() {
        alice.given()
                .contentType(ContentType.JSON)
                .body(post(source, "mine")
                        .author(alice.username(), "Bob Boss", "Board")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .body("author.id", equalTo(alice.username()))
                .body("author.displayName", equalTo("Test " + alice.username()))
                .body("author.department", equalTo("Finance"));

        assertAliceIsUnchanged();
    }

    @Test
    void shouldKeepAnAccountHoldersPostFromAnIngestKeyOfItsSource() {
        String ingestKey = Api.newApiKey(List.of("ingest"), List.of(source));
        int postId = alice.given()
                .contentType(ContentType.JSON)
                .body(post(source, "hers")
                        .title("Alice's own words")
                        .without("author")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Api.withKey(ingestKey)
                .contentType(ContentType.JSON)
                .body(post(source, "hers")
                        .title("Rewritten")
                        .author("mallory", "M", "Ops")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.withKey(ingestKey).delete("/api/posts/{id}", postId).then().statusCode(403);

        Api.asAdmin()
                .get("/api/posts/{id}", postId)
                .then()
                .statusCode(200)
                .body("title", equalTo("Alice's own words"))
                .body("author.id", equalTo(alice.username()));
    }

    @Test
    void shouldCreateAndRenameTheIntegrationsOwnPeople() {
        String key = Api.newApiKey(List.of("ingest", "rate"), List.of(source));
        Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(post(source, "carol-1").author("carol", "Carol", "Sales").build())
                .post("/api/posts")
                .then()
                .statusCode(201);
        int postId = Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(post(source, "carol-2")
                        .author("carol", "Carol B", "Support")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(Map.of("stars", 4, "displayName", "Dan", "department", "Sales"))
                .put("/api/posts/{id}/ratings/{rater}", postId, "dan")
                .then()
                .statusCode(200);
        Api.withKey(key)
                .delete("/api/posts/{id}/ratings/{rater}", postId, "dan")
                .then()
                .statusCode(204);

        Api.asAdmin()
                .get("/api/posts?source={s}&externalId=carol-1", source)
                .then()
                .statusCode(200)
                .body("[0].author.id", equalTo(source + ":carol"))
                .body("[0].author.displayName", equalTo("Carol B"))
                .body("[0].author.department", equalTo("Support"));
        Api.asAdmin().get("/api/posts/{id}", postId).then().body("rating.count", equalTo(0));
    }
}
