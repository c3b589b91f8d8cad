package io.groundswell.identity;

import io.groundswell.system.PatternChecks;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request to create a user account. */
@GroupSequence({NewUser.class, PatternChecks.class})
public record NewUser(
        @NotBlank
                @Size(max = 64)
                @Pattern(
                        regexp = NewUser.USERNAME,
                        message = "use letters, digits and . _ @ -",
                        groups = PatternChecks.class)
                @Schema(pattern = NewUser.USERNAME)
                String username,
        @NotNull
                @Schema(
                        minLength = PasswordPolicy.MIN_LENGTH,
                        maxLength = PasswordPolicy.MAX_LENGTH,
                        description = "12 to 128 characters, not a common password, not the username")
                String password,
        @NotEmpty @Size(max = 4) List<@NotBlank String> roles,
        @Size(max = 200) String displayName,
        @Size(max = 100) String department) {

    static final String USERNAME = "[A-Za-z0-9._@-]+";
}
