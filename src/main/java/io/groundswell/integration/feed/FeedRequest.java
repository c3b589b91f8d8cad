package io.groundswell.integration.feed;

import io.groundswell.system.PatternChecks;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin registers a feed: where it is and the source its posts get. */
@GroupSequence({FeedRequest.class, PatternChecks.class})
public record FeedRequest(
        @NotBlank
                @Size(max = 2048)
                @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL", groups = PatternChecks.class)
                String url,
        @NotBlank
                @Size(max = 64)
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9._-]*",
                        message = "use lower-case letters, digits and . _ -",
                        groups = PatternChecks.class)
                String source) {}
