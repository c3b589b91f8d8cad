package io.groundswell.integration.feed;

import io.groundswell.system.PatternChecks;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin registers a feed: where it is and the source its posts get. */
@GroupSequence({FeedRequest.class, PatternChecks.class})
public record FeedRequest(
        @NotBlank
                @Size(max = 2048)
                @Pattern(
                        regexp = PatternChecks.HTTP_URL,
                        message = "must be an http(s) URL",
                        groups = PatternChecks.class)
                @Schema(pattern = PatternChecks.HTTP_URL)
                String url,
        @NotBlank
                @Size(max = 64)
                @Pattern(
                        regexp = PatternChecks.SOURCE,
                        message = PatternChecks.SOURCE_MESSAGE,
                        groups = PatternChecks.class)
                @Schema(pattern = PatternChecks.SOURCE)
                String source) {}
