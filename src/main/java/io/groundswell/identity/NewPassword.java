package io.groundswell.identity;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request of an admin to set someone's password, for a user who forgot theirs. */
public record NewPassword(
        @NotNull
                @Schema(
                        minLength = PasswordPolicy.MIN_LENGTH,
                        maxLength = PasswordPolicy.MAX_LENGTH,
                        description = "12 to 128 characters, not a common password, not the username")
                String newPassword) {}
