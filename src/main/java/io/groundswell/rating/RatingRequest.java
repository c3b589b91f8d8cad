package io.groundswell.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Stars for a post. On-behalf ratings may also name the rater, whom Groundswell may not know yet
 * (a forum user who liked a post before ever signing in).
 */
public record RatingRequest(
        @NotNull
                @Min(value = 1, message = "must be between 1 and 5")
                @Max(value = 5, message = "must be between 1 and 5")
                Integer stars,
        @Size(max = 200) String displayName,
        @Size(max = 100) String department) {}
