package io.groundswell.search;

import static io.groundswell.search.SearchFixture.NEAR_REAL_TIME;
import static io.groundswell.search.SearchFixture.awaitSearch;
import static io.groundswell.search.SearchFixture.awaitTotal;
import static io.groundswell.search.SearchFixture.ids;
import static io.groundswell.search.SearchFixture.post;
import static io.groundswell.search.SearchFixture.search;
import static io.groundswell.search.SearchFixture.uniqueSource;
import static io.groundswell.search.SearchFixture.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.groundswell.post.Post;
import io.groundswell.post.PostChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchOrderTest {

    @Inject
    Event<PostChanged> changes;

    @Test
    void shouldOrderNewestFirstAndBestRatedFirst() {
        String word = uniqueWord();
        String source = uniqueSource("forum");
        Instant now = Instant.now();
        long old =
                post(source).text(word).createdAt(now.minus(3, ChronoUnit.DAYS)).create();
        long middle =
                post(source).text(word).createdAt(now.minus(2, ChronoUnit.DAYS)).create();
        long recent =
                post(source).text(word).createdAt(now.minus(1, ChronoUnit.DAYS)).create();
        awaitTotal(Map.of("q", word), 3);
        // Forty 4-star votes beat a single 5-star vote; an unrated post sits at the neutral 3.0.
        rate(old, 40, 160);
        rate(recent, 1, 5);

        JsonPath top = awaitSearch(
                Map.of("q", word, "sort", "top"),
                answer -> ids(answer).equals(List.of(old, recent, middle)),
                NEAR_REAL_TIME);

        assertEquals(List.of(recent, middle, old), ids(search(Map.of("q", word, "sort", "new"))));
        assertEquals(40, top.getInt("hits[0].rating.count"));
        assertEquals(4.0, top.getDouble("hits[0].rating.mean"));
        assertEquals(3.889, top.getDouble("hits[0].rating.score"));
    }

    @Test
    void shouldUpdateAReRatedPostInPlaceAndKeepItsRatingThroughAnEdit() {
        String word = uniqueWord();
        String renamed = uniqueWord();
        String source = uniqueSource("forum");
        long edited = post(source).text(word).create();
        long rated = post(source).text(word).create();
        awaitTotal(Map.of("q", word), 2);

        // A re-rating and an edit in one transaction: both kinds of queue row in one indexer batch.
        QuarkusTransaction.requiringNew().run(() -> {
            Post post = Post.findById(rated);
            post.ratingCount = 5;
            post.ratingSum = 25;
            changes.fire(PostChanged.rating(rated));
            Post other = Post.findById(edited);
            other.title = "Now about " + renamed;
            changes.fire(PostChanged.content(edited));
        });
        awaitSearch(
                Map.of("q", word, "sort", "top"), answer -> ids(answer).equals(List.of(rated, edited)), NEAR_REAL_TIME);
        assertEquals(List.of(edited), ids(awaitTotal(Map.of("q", renamed), 1)));

        // The re-rated post's text changes later: its new document carries the rating along.
        QuarkusTransaction.requiringNew().run(() -> {
            Post post = Post.findById(rated);
            post.title = "Also about " + renamed;
            changes.fire(PostChanged.content(rated));
        });
        JsonPath both = awaitTotal(Map.of("q", renamed, "sort", "top"), 2);
        assertEquals(List.of(rated, edited), ids(both));
        assertEquals(5.0, both.getDouble("hits[0].rating.mean"));
    }

    /** What the rating service does: change the summary and fire PostChanged in one transaction. */
    private void rate(long postId, int count, int sum) {
        QuarkusTransaction.requiringNew().run(() -> {
            Post post = Post.findById(postId);
            post.ratingCount = count;
            post.ratingSum = sum;
            changes.fire(PostChanged.rating(postId));
        });
    }
}
