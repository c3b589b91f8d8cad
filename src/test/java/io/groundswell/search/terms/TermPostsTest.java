package io.groundswell.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.post.Post;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The posts of a term as who-leads-what reads them from the index, without Quarkus. */
class TermPostsTest extends TermIndexTest {

    private void add(long id, String author, String text, int day, int ratings) throws IOException {
        Post post = post(id, author, text, day);
        post.ratingCount = ratings;
        post.ratingSum = ratings * 4;
        index.add(post);
    }

    @Test
    void shouldListThePostsOfATermWithTheirAuthorsInsideTheWindowOnly() throws IOException {
        add(1, "ada", "Kubernetes operators at scale", 2, 0);
        add(2, "ada", "More kubernetes notes", 3, 4);
        add(3, "bob", "Kubernetes for beginners", 4, 1);
        add(4, "bob", "Lunch menu", 5, 9);
        add(5, "cy", "Kubernetes last year", -40, 9);
        index.refresh();

        TermPosts posts =
                statistics.postsWithTerms(MARCH, List.of("kubernetes"), 10).get("kubernetes");

        assertThat(posts.postsByAuthor()).isEqualTo(Map.of("ada", 2, "bob", 1));
        assertThat(posts.posts()).extracting(TermPosts.IndexedPost::postId).containsExactly(2L, 3L, 1L);
        assertThat(posts.posts().get(0).author()).isEqualTo("ada");
        assertThat(posts.posts().get(0).ratings()).isEqualTo(4);
        assertThat(posts.truncated()).isFalse();
        assertThat(statistics.postsWithTerms(MARCH, List.of("kubernetes", "absent"), 10))
                .containsOnlyKeys("kubernetes");
    }

    @Test
    void shouldKeepTheMostRatedPostsWhenMoreMatchButCountEveryPostPerAuthor() throws IOException {
        for (int i = 1; i <= 6; i++) {
            add(i, "author-" + (i % 2), "Observability matters", i, i);
        }
        index.refresh();

        TermPosts posts =
                statistics.postsWithTerms(MARCH, List.of("observability"), 2).get("observability");

        assertThat(posts.posts()).extracting(TermPosts.IndexedPost::postId).containsExactly(6L, 5L);
        assertThat(posts.truncated()).isTrue();
        assertThat(posts.total()).isEqualTo(6);
        assertThat(posts.postsByAuthor()).isEqualTo(Map.of("author-0", 3, "author-1", 3));
    }

    @Test
    void shouldAnswerSeveralTermsInOnePassAndLeaveOutDeletedPosts() throws IOException {
        add(1, "ada", "Kubernetes observability", 1, 0);
        add(2, "bob", "Observability budgets", 2, 0);
        add(3, "cy", "Kubernetes again", 3, 0);
        index.refresh();
        index.delete(3);
        index.refresh();

        Map<String, TermPosts> posts =
                statistics.postsWithTerms(MARCH, List.of("kubernetes", "observability", "nothing"), 10);

        assertThat(posts).containsOnlyKeys("kubernetes", "observability");
        assertThat(posts.get("kubernetes").postsByAuthor()).isEqualTo(Map.of("ada", 1));
        assertThat(posts.get("observability").postsByAuthor()).isEqualTo(Map.of("ada", 1, "bob", 1));
        assertThat(statistics.posts(MARCH, 10).total()).isEqualTo(2);
    }
}
