package io.groundswell.leadership;

import static io.groundswell.testing.PostBuilder.post;

import io.groundswell.testing.Api;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds who-leads-what scenarios in a source of their own, through the public API: posts on a topic
 * word no other test uses, sent by the admin (who may name account holders as authors), ratings on
 * people's behalf by an API key (raters are created as people of the source, with the department the
 * rating names), and departments of a chosen size.
 */
final class LeadershipCorpus {

    final String source = Api.unique("leadsrc");
    final String key = Api.newApiKey(List.of("ingest", "rate"), List.of(source));
    /** Letters only: the analysis drops words with digits as identifiers. */
    final String topic = "topic" + letters();

    private int counter;
    private int posted;

    /** A word of letters no other test uses. */
    static String letters() {
        StringBuilder word = new StringBuilder();
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** A department name no other test uses. */
    static String department(String name) {
        return name + " " + letters();
    }

    /** {@code count} posts on the topic by {@code author}, written this week; their ids. */
    List<Integer> posts(String author, String department, int count) {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "Notes on " + topic + " number " + (counter + 1) + " from the field.";
            posts.add(post(source, "l-" + counter++)
                    .title(text)
                    .body(text, "text")
                    .author(author, "Name of " + author, department)
                    .createdAt(Instant.now().minus(Duration.ofHours(1 + counter % 48)))
                    .build());
        }
        return send(posts);
    }

    /**
     * One post by {@code author} with its own text and tags, this week; {@code kind} is the part it
     * plays in a thread (null: none stated); its id.
     */
    int written(String author, String department, String text, List<String> tags, String kind) {
        return written(author, department, text, tags, kind, Instant.now().minus(Duration.ofHours(1 + counter % 48)));
    }

    /** As {@link #written(String, String, String, List, String)}, written at {@code at}. */
    int written(String author, String department, String text, List<String> tags, String kind, Instant at) {
        var post = post(source, "p-" + counter++)
                .title(text)
                .body(text, "text")
                .tags(tags)
                .author(author, "Name of " + author, department)
                .createdAt(at);
        if (kind != null) {
            post.with("kind", kind);
        }
        return send(List.of(post.build())).get(0);
    }

    /**
     * Puts {@code people} new people into a department: each writes one post off topic, long
     * before any window the tests look at.
     */
    void populate(String department, int people) {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String member = Api.unique("member");
            posts.add(post(source, "m-" + counter++)
                    .title("Old memo")
                    .body("An old memo about nothing in particular.", "text")
                    .author(member, "Member " + member, department)
                    .createdAt(Instant.now().minus(Duration.ofDays(60)))
                    .build());
        }
        send(posts);
    }

    /** {@code rater} (created if new, in {@code department}) gives {@code stars} to each post. */
    void rate(String rater, String department, int stars, List<Integer> postIds) {
        for (int postId : postIds) {
            Api.withKey(key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("stars", stars, "displayName", "Rater " + rater, "department", department))
                    .put("/api/posts/{id}/ratings/{rater}", postId, rater)
                    .then()
                    .statusCode(200);
        }
    }

    /** {@code raters} new raters from {@code department} each give {@code stars} to each post. */
    void rateByNew(int raters, String department, int stars, List<Integer> postIds) {
        for (int r = 0; r < raters; r++) {
            rate(Api.unique("rater"), department, stars, postIds);
        }
    }

    /** Waits until every post of the source is searchable, so analytics see all of them. */
    void awaitIndexed() {
        Api.awaitSearchable(source, posted, Duration.ofSeconds(20));
    }

    JsonPath leaders(RequestSpecification as) {
        return leaders(as, topic);
    }

    /** The leaders of any topic within this corpus's source. */
    JsonPath leaders(RequestSpecification as, String topic) {
        return as.get("/api/leaders?topic={t}&window=7d&source={s}", topic, source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    JsonPath catalysts(RequestSpecification as) {
        return as.get("/api/catalysts?window=7d&source={s}&limit=100", source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private List<Integer> send(List<Map<String, Object>> posts) {
        posted += posts.size();
        return Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(posts)
                .post("/api/posts/bulk")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Integer.class);
    }
}
