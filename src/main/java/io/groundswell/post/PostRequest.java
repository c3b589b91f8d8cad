package io.groundswell.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A post as intranet systems send it. Upserted by (source, externalId). People may leave out the
 * author (they post as themselves); integrations must name one.
 */
public record PostRequest(
        @NotBlank
                @Size(max = 64)
                @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "use lower-case letters, digits and . _ -")
                String source,
        @NotBlank @Size(max = 256) String externalId,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @NotBlank
                @Size(max = 500)
                @Pattern(regexp = PostRequest.PLAIN_TEXT, message = "is plain text: HTML tags are not allowed")
                String title,
        @NotNull @Size(max = 1_000_000) String body,
        BodyFormat bodyFormat,
        @Valid AuthorRequest author,
        Instant createdAt,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {

    /** No HTML tag such as {@code <script>} or {@code </b>}; a lone {@code <} as in "a < b" is fine. */
    static final String PLAIN_TEXT = "(?s)(?!.*</?[A-Za-z!?][^>]*>).*";

    /** The author of a post: a stable id shared across intranet systems, a name and a department. */
    public record AuthorRequest(
            @NotBlank @Size(max = 128) String id,
            @Size(max = 200) String displayName,
            @Size(max = 100) String department) {}
}
