package io.groundswell.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One item of a bulk of on-behalf ratings: the single on-behalf request with the post and rater
 * that its URL names, and the date the rating was given ({@code ratedAt}, now when missing).
 */
public record BulkRatingRequest(
        @NotNull Long postId,
        @NotBlank
                @Size(max = 128)
                @Pattern(regexp = "[^/\\p{Cntrl}]+", message = "must not contain / or control characters")
                String raterId,
        @NotNull
                @Min(value = 1, message = "must be between 1 and 5")
                @Max(value = 5, message = "must be between 1 and 5")
                Integer stars,
        @Size(max = 200) String displayName,
        @Size(max = 100) String department,
        Instant ratedAt) {}
