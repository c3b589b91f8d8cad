package io.groundswell.post;

import io.groundswell.system.HttpUrl;
import io.groundswell.system.PatternChecks;
import io.groundswell.system.SourceName;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A post as intranet systems send it. Upserted by (source, externalId). People may leave out the
 * author (they post as themselves); integrations must name one. The title is plain text, stored as
 * sent: {@code Why does <div> collapse?} is a title like any other, and every page shows it as text.
 * A post may name its thread (the key the posts of one thread share within their source) and its
 * kind; a post that names no thread is a thread of its own.
 */
@GroupSequence({PostRequest.class, PatternChecks.class})
public record PostRequest(
        @NotBlank @Size(max = 64) @SourceName(groups = PatternChecks.class) @Schema(pattern = PatternChecks.SOURCE)
                String source,
        @NotBlank @Size(max = 256) String externalId,
        @Size(max = 2048) @HttpUrl(groups = PatternChecks.class) @Schema(pattern = PatternChecks.HTTP_URL) String url,
        @NotBlank @Size(max = 500) String title,
        @NotNull @Size(max = 1_000_000) String body,
        BodyFormat bodyFormat,
        @Valid AuthorRequest author,
        Instant createdAt,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags,
        @Size(max = 256)
                @Schema(
                        description =
                                "The thread's key within the source: the externalId of its first post, or the system's own thread id")
                String thread,
        PostKind kind) {

    /** A post that names neither thread nor kind. */
    public PostRequest(
            String source,
            String externalId,
            String url,
            String title,
            String body,
            BodyFormat bodyFormat,
            AuthorRequest author,
            Instant createdAt,
            List<String> tags) {
        this(source, externalId, url, title, body, bodyFormat, author, createdAt, tags, null, null);
    }

    /** The author of a post: a stable id shared across intranet systems, a name and a department. */
    public record AuthorRequest(
            @NotBlank @Size(max = 128) String id,
            @Size(max = 200) String displayName,
            @Size(max = 100) String department) {}
}
