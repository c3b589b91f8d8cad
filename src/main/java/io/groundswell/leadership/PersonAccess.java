package io.groundswell.leadership;

import io.groundswell.identity.Caller;
import io.groundswell.identity.Roles;
import io.groundswell.system.ProblemException;

/** Who may look at what a person is recognised for: leaders, and the person themself. */
final class PersonAccess {

    private PersonAccess() {}

    static boolean isSelf(Caller caller, String personKey) {
        return caller.isPerson() && personKey.equals(caller.personKey());
    }

    static void requireLeaderOrSelf(Caller caller, String personKey) {
        if (!caller.hasRole(Roles.LEADER) && !isSelf(caller, personKey)) {
            throw ProblemException.forbidden("Only leaders and the person themself may see this.");
        }
    }

    static void requirePerson(Caller caller) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("Only people have their own ratings and listing.");
        }
    }
}
