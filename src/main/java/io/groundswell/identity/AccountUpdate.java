package io.groundswell.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Changes to an account, as a merge patch: an absent (null) field stays as it is; an empty
 * department removes the person from their department.
 */
public record AccountUpdate(
        @Size(min = 1, max = 200) String displayName,
        @Size(max = 100) String department,
        @Size(min = 1, max = 4) List<@NotBlank String> roles,
        Boolean enabled) {}
