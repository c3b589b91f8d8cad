package io.groundswell.integration.discourse;

import io.groundswell.system.PatternChecks;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin registers a Discourse instance: its base URL and the secret of its webhooks. */
@GroupSequence({DiscourseInstanceRequest.class, PatternChecks.class})
public record DiscourseInstanceRequest(
        @NotBlank
                @Size(max = 300)
                @Pattern(
                        regexp = DiscourseInstanceRequest.BASE_URL,
                        message = "must be the base URL, e.g. https://forum.example",
                        groups = PatternChecks.class)
                @Schema(pattern = DiscourseInstanceRequest.BASE_URL)
                String instance,
        @NotBlank @Size(min = 8, max = 500) String secret) {

    static final String BASE_URL = "https?://[^/\\s?#]+/?";
}
