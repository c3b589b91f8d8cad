package io.groundswell.integration.discourse;

import com.fasterxml.jackson.databind.JsonNode;
import io.groundswell.integration.IncomingText;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.PostKind;
import io.groundswell.post.PostRequest;
import io.groundswell.post.PostRequest.AuthorRequest;
import io.groundswell.system.InstantBounds;
import io.groundswell.system.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the post that Discourse serialises into {@code post_*} webhooks (and into a like). People
 * are keyed {@code <source>:<username>}: two forums may each have a "jane" who are different
 * people, and a forum username must not be able to merge into an existing Groundswell person.
 */
final class DiscoursePayload {

    /** As long as an external id may be. */
    private static final int MAX_ID = 256;

    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

    private DiscoursePayload() {}

    /** The post's Discourse id, which is the external id of the Groundswell post. */
    static String postId(JsonNode post) {
        JsonNode id = post.path("id");
        if (!id.isIntegralNumber() && !(id.isTextual() && !id.asText().isBlank())) {
            throw ProblemException.invalid("post.id", "is required");
        }
        // Checked here, not only when a post is stored: a deleted post's id is kept without one.
        if (id.asText().length() > MAX_ID) {
            throw ProblemException.invalid("post.id", "must be at most " + MAX_ID + " characters");
        }
        return id.asText();
    }

    /**
     * The post, in the thread of its topic (the topic id is the key all its posts share): the
     * topic's first post opens it as a question, the others answer.
     */
    static PostRequest post(JsonNode post, DiscourseInstances.Resolved instance) {
        String id = postId(post);
        JsonNode topic = post.path("topic_id");
        String thread = topic.isIntegralNumber() || topic.isTextual() ? IncomingText.cut(topic.asText(), MAX_ID) : null;
        int number = post.path("post_number").asInt(0);
        PostKind kind = number == 1 ? PostKind.QUESTION : number > 1 ? PostKind.ANSWER : null;
        boolean cooked = post.path("cooked").isTextual();
        String body = cooked ? post.get("cooked").asText() : text(post, "raw");
        return new PostRequest(
                instance.source(),
                id,
                link(instance.baseUrl(), text(post, "post_url")),
                IncomingText.title(text(post, "topic_title"), "Discourse post " + id),
                body == null ? "" : body,
                cooked ? BodyFormat.HTML : BodyFormat.MARKDOWN,
                person(post, instance.source()),
                IncomingText.notAfterNow(date(text(post, "created_at"))),
                IncomingText.tags(tags(post)),
                thread == null || thread.isBlank() ? null : thread,
                kind);
    }

    /** The author of a post, or the user of a like: both carry username and name. */
    static AuthorRequest person(JsonNode node, String source) {
        String username = text(node, "username");
        if (username == null || username.isBlank()) {
            throw ProblemException.invalid("username", "is required");
        }
        String name = text(node, "name");
        return new AuthorRequest(
                IncomingText.personKey(source + ":" + username),
                IncomingText.cut(name == null || name.isBlank() ? username : name, 200),
                null);
    }

    private static List<String> tags(JsonNode post) {
        List<String> tags = new ArrayList<>();
        String category = text(post, "category_slug");
        if (category != null) {
            tags.add(category);
        }
        for (String field : List.of("tags", "topic_tags")) {
            for (JsonNode tag : post.path(field)) {
                // Discourse sends tag names, or objects with a name in newer versions.
                tags.add(tag.isTextual() ? tag.asText() : text(tag, "name"));
            }
        }
        return tags;
    }

    /**
     * The post's link on its instance. Discourse sends a path; a full URL is kept only when it lies
     * on the instance, so that a link always leads where the verified secret belongs.
     */
    private static String link(String baseUrl, String path) {
        if (baseUrl == null || path == null) {
            return null;
        }
        if (SCHEME.matcher(path).lookingAt()) {
            return path.toLowerCase(Locale.ROOT).startsWith(baseUrl + "/") ? IncomingText.url(path) : null;
        }
        return IncomingText.url(baseUrl + (path.startsWith("/") ? "" : "/") + path);
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return InstantBounds.check("post.created_at", Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("post.created_at", "expected an ISO-8601 date-time");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        // Discourse does not send NUL characters; a forged one is dropped, as PostgreSQL cannot store it.
        return value.isTextual() ? value.asText().replace("\u0000", "") : null;
    }
}
