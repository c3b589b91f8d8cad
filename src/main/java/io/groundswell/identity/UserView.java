package io.groundswell.identity;

import java.util.List;

/** A user account as administrators see it (never the password hash). */
public record UserView(
        Long id, String username, List<String> roles, String displayName, String department, boolean enabled) {

    static UserView of(UserAccount account) {
        List<String> roles =
                account.grantedRoles().stream().map(Roles.Role::wireName).toList();
        return new UserView(
                account.id,
                account.username,
                roles,
                account.person.displayName,
                account.person.department,
                account.enabled);
    }
}
