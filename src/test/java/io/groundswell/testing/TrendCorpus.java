package io.groundswell.testing;

import static io.groundswell.testing.PostBuilder.post;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Builds a small generated corpus in its own source: a steady background over 97 days, and terms
 * planted on purpose. Everything goes through the public API, as an intranet system would send it.
 */
public final class TrendCorpus {

    /** Ordinary workplace words, spread evenly over time: the background chatter. */
    public static final List<String> BACKGROUND = List.of(
            "meeting",
            "project",
            "customer",
            "report",
            "update",
            "review",
            "schedule",
            "office",
            "budget",
            "design",
            "release",
            "feedback",
            "process",
            "support",
            "quality",
            "service",
            "planning",
            "roadmap",
            "training",
            "hiring",
            "security",
            "platform",
            "analytics",
            "partner",
            "contract",
            "invoice",
            "travel",
            "workshop",
            "dashboard",
            "deadline",
            "priority",
            "resource",
            "strategy",
            "vendor",
            "migration");

    public final String source = Api.unique("trendsrc");
    public final String key = Api.newApiKey(List.of("ingest", "rate"), List.of(source));
    private final Random random = new Random(42);
    private final Instant now = Instant.now();
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private int counter;

    /** {@code posts} posts spread over the 97 days before now, by 20 authors. */
    public TrendCorpus background(int posts) {
        for (int i = 0; i < posts; i++) {
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(97 * 24 * 60) + 30));
            add(sentence(12, null), "author-" + random.nextInt(20), at, p -> {});
        }
        return this;
    }

    /** A post mentioning {@code term}, by {@code author}, {@code daysAgo} days before now. */
    public TrendCorpus plant(String term, String author, double daysAgo) {
        return plant(term, author, daysAgo, p -> {});
    }

    public TrendCorpus plant(String term, String author, double daysAgo, Consumer<Map<String, Object>> tweak) {
        Instant at = now.minus(Duration.ofMinutes((long) (daysAgo * 24 * 60) + 5));
        add(sentence(10, term), author, at, tweak);
        return this;
    }

    /** Stores everything planted so far; returns the ids in order. */
    public List<Integer> send() {
        List<Integer> ids = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += 500) {
            List<Map<String, Object>> chunk = pending.subList(from, Math.min(pending.size(), from + 500));
            ids.addAll(Api.withKey(key)
                    .contentType(ContentType.JSON)
                    .body(chunk)
                    .post("/api/posts/bulk")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("id", Integer.class));
        }
        pending.clear();
        return ids;
    }

    /** Rates a post on behalf of {@code raters} distinct people. */
    public void rate(int postId, int stars, int raters) {
        for (int r = 0; r < raters; r++) {
            Api.withKey(key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("stars", stars))
                    .put("/api/posts/{id}/ratings/{rater}", postId, "rater-" + r)
                    .then()
                    .statusCode(200);
        }
    }

    /** Plants a post whose title and body are {@code text}. */
    public TrendCorpus plantText(String text, String author, double daysAgo) {
        return plant("", author, daysAgo, post -> {
            post.put("title", text.length() > 200 ? text.substring(0, 200) : text);
            post.put("body", text);
        });
    }

    /** Sends what is pending and waits until the whole source is searchable. */
    public List<Integer> sendAndAwait() {
        List<Integer> ids = send();
        awaitIndexed();
        return ids;
    }

    /** Waits until every post sent so far is searchable, so trends see the whole corpus. */
    public void awaitIndexed() {
        Api.awaitSearchable(source, counter, Duration.ofSeconds(30));
    }

    private void add(String text, String author, Instant at, Consumer<Map<String, Object>> tweak) {
        var post = post(source, "t-" + counter++)
                .title(text.substring(0, Math.min(40, text.length())))
                .body(text, "text")
                .author(author, author, "Dept " + author.hashCode() % 3)
                .createdAt(at)
                .build();
        tweak.accept(post);
        pending.add(post);
    }

    private String sentence(int words, String planted) {
        StringBuilder text = new StringBuilder();
        int plantAt = planted == null ? -1 : random.nextInt(words);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(i == plantAt ? planted : BACKGROUND.get(random.nextInt(BACKGROUND.size())));
        }
        return text.append('.').toString();
    }
}
