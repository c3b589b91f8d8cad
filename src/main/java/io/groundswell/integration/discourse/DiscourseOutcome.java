package io.groundswell.integration.discourse;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a delivery did: {@code applied} (with the post it touched), {@code duplicate} (its body, or
 * this version of its post, was applied before) or {@code ignored} (with the reason). The event is
 * X-Discourse-Event as the sender labelled it: shown, never acted on, since it is not signed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscourseOutcome(String status, String event, Long postId, String reason) {

    static DiscourseOutcome applied(String event, long postId) {
        return new DiscourseOutcome("applied", event, postId, null);
    }

    static DiscourseOutcome duplicate(String event, String reason) {
        return new DiscourseOutcome("duplicate", event, null, reason);
    }

    static DiscourseOutcome ignored(String event, String reason) {
        return new DiscourseOutcome("ignored", event, null, reason);
    }

    boolean isApplied() {
        return "applied".equals(status);
    }
}
