package io.groundswell.identity;

import io.groundswell.system.PatternChecks;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request to create an API key; sources lists what it may write to, "*" meaning any. */
@GroupSequence({NewApiKey.class, PatternChecks.class})
public record NewApiKey(
        @NotBlank @Size(max = 100) String name,
        @NotEmpty @Size(max = 2) List<@NotBlank String> scopes,
        @NotEmpty @Size(max = 50)
                List<
                                @NotBlank @Size(max = 64)
                                @Pattern(regexp = "\\*|[a-z0-9][a-z0-9._-]*", groups = PatternChecks.class) String>
                        sources) {}
