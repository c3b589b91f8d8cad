package io.groundswell.integration.discourse;

import java.time.Instant;

/** A registered Discourse instance as the API shows it: never with its secret. */
public record DiscourseInstanceView(long id, String instance, String source, String createdBy, Instant createdAt) {

    static DiscourseInstanceView of(DiscourseInstance instance) {
        return new DiscourseInstanceView(
                instance.id, instance.instanceUrl, instance.source, instance.createdBy, instance.createdAt);
    }
}
