package io.groundswell.integration.discourse;

import io.groundswell.system.PatternChecks;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin registers a Discourse instance: its base URL and the secret of its webhooks. */
@GroupSequence({DiscourseInstanceRequest.class, PatternChecks.class})
public record DiscourseInstanceRequest(
        @NotBlank
                @Size(max = 300)
                @Pattern(
                        regexp = "https?://[^/\\s?#]+/?",
                        message = "must be the base URL, e.g. https://forum.example",
                        groups = PatternChecks.class)
                String instance,
        @NotBlank @Size(min = 8, max = 500) String secret) {}
