package io.groundswell.integration.feed;

import io.groundswell.system.HttpUrl;
import io.groundswell.system.PatternChecks;
import io.groundswell.system.SourceName;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin registers a feed: where it is and the source its posts get. */
@GroupSequence({FeedRequest.class, PatternChecks.class})
public record FeedRequest(
        @NotBlank @Size(max = 2048) @HttpUrl(groups = PatternChecks.class) @Schema(pattern = PatternChecks.HTTP_URL)
                String url,
        @NotBlank @Size(max = 64) @SourceName(groups = PatternChecks.class) @Schema(pattern = PatternChecks.SOURCE)
                String source) {}
