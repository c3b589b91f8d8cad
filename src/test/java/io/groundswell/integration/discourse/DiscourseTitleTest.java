package io.groundswell.integration.discourse;

import static io.groundswell.integration.discourse.DiscourseDeliveries.applySigned;
import static io.groundswell.integration.discourse.DiscourseDeliveries.newEventId;
import static io.groundswell.integration.discourse.DiscourseDeliveries.post;
import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Discourse sends topic_title as plain text: it is stored as sent, never read as HTML. */
@QuarkusTest
class DiscourseTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Is a<b && b>c true?", "Why does <div> collapse in flexbox?", "AT&T &amp; R&D"})
    void shouldStoreTheTopicTitleAsSent(String title) {
        long discourseId = 1_000_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
        long postId = applySigned(
                        "post_created", post(discourseId, "jane", "Jane Doe", title, "<p>Body</p>"), newEventId())
                .getLong("postId");

        Api.asAdmin().get("/api/posts/" + postId).then().statusCode(200).body("title", equalTo(title));
    }
}
