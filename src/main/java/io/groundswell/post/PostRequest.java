package io.groundswell.post;

import io.groundswell.system.PatternChecks;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A post as intranet systems send it. Upserted by (source, externalId). People may leave out the
 * author (they post as themselves); integrations must name one. The title is plain text, stored as
 * sent: {@code Why does <div> collapse?} is a title like any other, and every page shows it as text.
 */
@GroupSequence({PostRequest.class, PatternChecks.class})
public record PostRequest(
        @NotBlank
                @Size(max = 64)
                @Pattern(
                        regexp = PatternChecks.SOURCE,
                        message = PatternChecks.SOURCE_MESSAGE,
                        groups = PatternChecks.class)
                @Schema(pattern = PatternChecks.SOURCE)
                String source,
        @NotBlank @Size(max = 256) String externalId,
        @Size(max = 2048)
                @Pattern(
                        regexp = PatternChecks.HTTP_URL,
                        message = "must be an http(s) URL",
                        groups = PatternChecks.class)
                @Schema(pattern = PatternChecks.HTTP_URL)
                String url,
        @NotBlank @Size(max = 500) String title,
        @NotNull @Size(max = 1_000_000) String body,
        BodyFormat bodyFormat,
        @Valid AuthorRequest author,
        Instant createdAt,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {

    /** The author of a post: a stable id shared across intranet systems, a name and a department. */
    public record AuthorRequest(
            @NotBlank @Size(max = 128) String id,
            @Size(max = 200) String displayName,
            @Size(max = 100) String department) {}
}
