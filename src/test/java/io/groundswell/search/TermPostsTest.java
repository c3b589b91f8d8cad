package io.groundswell.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.person.Person;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.Post;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The posts of a term as who-leads-what reads them from the index, without Quarkus. */
class TermPostsTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final TermSlice MARCH = TermSlice.window(START, START.plusSeconds(31 * 86_400L));

    @TempDir
    Path folder;

    private SearchIndex index;
    private TermStatistics statistics;

    @BeforeEach
    void open() throws IOException {
        index = new SearchIndex(folder.resolve("index"));
        index.open("epoch");
        statistics = new TermStatistics(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void add(long id, String author, String text, int day, int ratings) throws IOException {
        Person person = new Person();
        person.key = author;
        person.displayName = author;
        Post post = new Post();
        post.id = id;
        post.source = "forum";
        post.externalId = "p" + id;
        post.title = text;
        post.body = text;
        post.bodyFormat = BodyFormat.TEXT;
        post.author = person;
        post.createdAt = START.plusSeconds(day * 86_400L);
        post.updatedAt = post.createdAt;
        post.ratingCount = ratings;
        post.ratingSum = ratings * 4;
        index.update(id, PostDocuments.of(post));
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
        assertThat(posts.posts()).extracting(TermPosts.Post::postId).containsExactly(2L, 3L, 1L);
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

        assertThat(posts.posts()).extracting(TermPosts.Post::postId).containsExactly(6L, 5L);
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
