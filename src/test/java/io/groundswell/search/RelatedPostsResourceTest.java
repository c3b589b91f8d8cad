package io.groundswell.search;

import static io.groundswell.search.SearchFixture.asEmployee;
import static io.groundswell.search.SearchFixture.awaitTotal;
import static io.groundswell.search.SearchFixture.post;
import static io.groundswell.search.SearchFixture.uniqueSource;
import static io.groundswell.search.SearchFixture.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedPostsResourceTest {

    @Test
    void shouldFindThePostsThatShareTheMostTellingWordsButNeverThePostItself() {
        // Made-up words: only this test's posts have them, so they are what makes posts alike.
        String rollout = uniqueWord();
        String expenses = uniqueWord();
        String canteen = uniqueWord();
        String source = uniqueSource("forum");
        long post = post(source)
                .title("The " + expenses + " tool " + rollout)
                .text("Finance moves to the new " + expenses + " tool. The " + rollout + " starts Monday.")
                .create();
        long closest = post(source)
                .title(rollout + " of " + expenses + ": questions")
                .text("How long does the " + expenses + " " + rollout + " take for sales?")
                .create();
        long further = post(source)
                .title("Receipts in " + expenses)
                .text("Scan receipts before you file " + expenses + " claims.")
                .create();
        // Shares no word with the post: not even "the", which would be too common to count in an
        // index of real size, but not in this test's handful of posts.
        long unrelated = post(source)
                .title("Lunch menu: " + canteen)
                .text(canteen + " serves soup on Fridays; " + canteen + " opens at noon.")
                .create();
        post(source).title("Also " + canteen).text(canteen + " again").create();
        awaitTotal(Map.of("source", source), 5);

        JsonPath answer = asEmployee()
                .get("/api/posts/{id}/related", post)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getLong("id")).isEqualTo(post);
        List<Long> ids = answer.getList("hits.id", Long.class);
        assertThat(ids).hasSizeLessThanOrEqualTo(RelatedPostsResource.DEFAULT_LIMIT);
        assertThat(ids).startsWith(closest, further).doesNotContain(post, unrelated);
        assertThat(answer.getString("hits[0].title")).isEqualTo(rollout + " of " + expenses + ": questions");
        assertThat(answer.getString("hits[0].snippet")).startsWith("How long does the ");
        assertThat(answer.getString("hits[0].author.displayName")).isEqualTo("Alex Author");
    }

    @Test
    void shouldReturnNoMoreThanTheLimit() {
        String word = uniqueWord();
        String source = uniqueSource("wiki");
        long post = post(source).title("Notes on " + word).text(word).create();
        for (int i = 0; i < 4; i++) {
            post(source)
                    .title("More on " + word + " " + i)
                    .text(word + " " + word)
                    .create();
        }
        awaitTotal(Map.of("q", word), 5);

        List<Long> two = relatedIds(post, 2);
        List<Long> all = relatedIds(post, 20);

        assertThat(two).hasSize(2);
        assertThat(all).hasSizeGreaterThanOrEqualTo(4).doesNotContain(post);
        assertThat(all.subList(0, 2)).isEqualTo(two);
    }

    @Test
    void shouldAnswer404ForAnUnknownPost() {
        asEmployee()
                .get("/api/posts/{id}/related", Long.MAX_VALUE)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("No post"));
    }

    @Test
    void shouldAnswer400ForALimitOutOfRangeOrNotANumber() {
        long post = post(uniqueSource("wiki")).title("Any post").text("text").create();
        for (String limit : List.of("0", "21", "-1", "five", "99999999999999")) {
            asEmployee()
                    .queryParam("limit", limit)
                    .get("/api/posts/{id}/related", post)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("limit"));
        }
    }

    @Test
    void shouldRequireSignIn() {
        long post = post(uniqueSource("wiki")).title("Any post").text("text").create();
        io.restassured.RestAssured.given()
                .get("/api/posts/{id}/related", post)
                .then()
                .statusCode(401);
    }

    private static List<Long> relatedIds(long post, int limit) {
        return asEmployee()
                .queryParam("limit", limit)
                .get("/api/posts/{id}/related", post)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hits.id", Long.class);
    }
}
