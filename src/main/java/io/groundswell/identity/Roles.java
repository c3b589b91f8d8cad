package io.groundswell.identity;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The roles of the contract. People hold employee, leader or admin; a leader can also do what an
 * employee does, and an admin what a leader does. Machine clients hold integration only.
 */
public final class Roles {

    public static final String EMPLOYEE = "employee";
    public static final String LEADER = "leader";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    public enum Role {
        EMPLOYEE,
        LEADER,
        ADMIN,
        INTEGRATION;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role parse(String value) {
            for (Role role : values()) {
                if (role.wireName().equalsIgnoreCase(value.trim())) {
                    return role;
                }
            }
            throw new IllegalArgumentException(
                    "unknown role '" + value + "'; use employee, leader, admin or integration");
        }
    }

    private Roles() {}

    /** The roles a security identity carries for the roles stored on an account. */
    public static Set<String> effective(Set<Role> granted) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(granted);
        if (roles.contains(Role.ADMIN)) {
            roles.add(Role.LEADER);
        }
        if (roles.contains(Role.LEADER)) {
            roles.add(Role.EMPLOYEE);
        }
        Set<String> names = new LinkedHashSet<>();
        roles.forEach(role -> names.add(role.wireName()));
        return names;
    }
}
