package io.groundswell.integration.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.groundswell.rating.Rating;
import io.groundswell.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StackExchangeImportTest {

    @Test
    void shouldImportADumpToExactCountsOfPostsAndRatingsAndAgainWithoutDuplicates() {
        String source = "se-" + UUID.randomUUID().toString().substring(0, 8);
        String query = "format=stackexchange&source=" + source + "&siteUrl=https://meta.example.com";

        JsonPath job = ImportJobs.awaitFinished(
                ImportJobs.submit(query, "application/zip", StackExchangeDump.zip()), Duration.ofSeconds(60));

        assertEquals("done", job.getString("status"), job.prettify());
        assertEquals(6 + 4 + 10, job.getLong("total"));
        assertEquals(job.getLong("total"), job.getLong("done"));
        assertEquals(StackExchangeDump.POSTS, job.getLong("stored"));
        assertEquals(StackExchangeDump.RATINGS, job.getLong("ratings"));
        assertEquals(0, job.getLong("errorCount"));
        assertEquals(StackExchangeDump.POSTS, ImportJobs.postsOf(source));

        Map<String, Map<String, Object>> posts = posts(source);
        assertEquals(Set.of("1", "2", "3", "4", "6"), posts.keySet());
        Map<String, Object> question = posts.get("1");
        assertEquals("Are café questions on topic?", question.get("title"));
        assertEquals("<p>Should we allow <em>café</em> questions?</p>\n", question.get("body"));
        assertEquals("html", question.get("bodyFormat"));
        assertEquals("2021-03-01T10:15:30.123Z", question.get("createdAt"));
        assertEquals("https://meta.example.com/q/1", question.get("url"));
        assertEquals(Set.of("discussion", "scope"), Set.copyOf((List<?>) question.get("tags")));
        assertEquals("1", question.get("thread"));
        assertEquals("question", question.get("kind"));
        assertEquals(Map.of("count", 4, "mean", 5.0f), rating(question));
        assertEquals(author(source + ":10", "Zoë Asker"), author(question));
        // Votes are dated by the day: those of the question's own day count from its creation.
        assertEquals(
                List.of(
                        Instant.parse("2021-03-01T10:15:30.123Z"),
                        Instant.parse("2021-03-01T10:15:30.123Z"),
                        Instant.parse("2021-03-01T10:15:30.123Z"),
                        Instant.parse("2021-03-02T00:00:00Z")),
                ratingDates(((Number) question.get("id")).longValue()));

        Map<String, Object> answer = posts.get("3");
        assertEquals("Re: Are café questions on topic?", answer.get("title"));
        assertEquals(Set.of("discussion", "scope"), Set.copyOf((List<?>) answer.get("tags")));
        assertEquals("https://meta.example.com/a/3", answer.get("url"));
        assertEquals("1", answer.get("thread"));
        assertEquals("answer", answer.get("kind"));
        assertEquals(Map.of("count", 1, "mean", 1.0f), rating(answer));
        assertEquals(author(source + ":11", "Ann Answerer"), author(answer));
        assertEquals(author(source + ":-1", "Community"), author(posts.get("4")));
        assertEquals(Set.of("tags", "maintenance"), Set.copyOf((List<?>)
                posts.get("2").get("tags")));
        assertEquals(author(source + ":name:gone user", "Gone User"), author(posts.get("2")));
        assertEquals("Re: Prune the tags", posts.get("6").get("title"));

        JsonPath again = ImportJobs.awaitFinished(
                ImportJobs.submit(query, "application/zip", StackExchangeDump.zip()), Duration.ofSeconds(60));
        assertEquals("done", again.getString("status"));
        assertEquals(StackExchangeDump.POSTS, ImportJobs.postsOf(source));
        assertEquals(Map.of("count", 4, "mean", 5.0f), rating(posts(source).get("1")));
    }

    private static List<Instant> ratingDates(long postId) {
        return QuarkusTransaction.requiringNew().call(() -> Rating.<Rating>list("post.id = ?1", postId).stream()
                .map(rating -> rating.updatedAt)
                .sorted()
                .toList());
    }

    private static Map<String, Map<String, Object>> posts(String source) {
        return Api.postsOf(source).stream().collect(Collectors.toMap(p -> (String) p.get("externalId"), p -> p));
    }

    private static Map<String, Object> rating(Map<String, Object> post) {
        Map<?, ?> rating = (Map<?, ?>) post.get("rating");
        return Map.of("count", rating.get("count"), "mean", rating.get("mean"));
    }

    private static Map<String, Object> author(Map<String, Object> post) {
        Map<?, ?> author = (Map<?, ?>) post.get("author");
        return author((String) author.get("id"), (String) author.get("displayName"));
    }

    private static Map<String, Object> author(String id, String displayName) {
        return Map.of("id", id, "displayName", displayName);
    }
}
