package io.groundswell.identity;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request to change one's own password: the current one, and the new one. */
public record PasswordChange(
        @NotNull String currentPassword,
        @NotNull
                @Schema(
                        minLength = PasswordPolicy.MIN_LENGTH,
                        maxLength = PasswordPolicy.MAX_LENGTH,
                        description = "12 to 128 characters, not a common password, not the username")
                String newPassword) {}
