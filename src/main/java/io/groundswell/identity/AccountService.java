package io.groundswell.identity;

import io.groundswell.audit.AuditKind;
import io.groundswell.audit.AuditLog;
import io.groundswell.identity.Roles.Role;
import io.groundswell.person.Person;
import io.groundswell.person.PersonChanged;
import io.groundswell.person.PersonDirectory;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The lifecycle of an account after its creation: renaming, moving, granting roles, disabling and
 * deleting. Every change is refused to the account's own holder where it could lock them out, takes
 * effect for sign-ins once it commits ({@link CredentialsChanged}), and shows at once wherever the
 * person is named or counted ({@link PersonChanged}).
 *
 * <p>Deleting an account deletes the account and anonymises its person (see {@link
 * PersonDirectory#anonymise}): posts stay, by a "Former member", and ratings stay, unnamed, so that
 * every summary and trend stays as it was.
 */
@ApplicationScoped
public class AccountService {

    private final PersonDirectory people;
    private final Event<CredentialsChanged> credentialsChanged;
    private final Event<PersonChanged> personChanged;
    private final AuditLog audit;

    AccountService(
            PersonDirectory people,
            Event<CredentialsChanged> credentialsChanged,
            Event<PersonChanged> personChanged,
            AuditLog audit) {
        this.people = people;
        this.credentialsChanged = credentialsChanged;
        this.personChanged = personChanged;
        this.audit = audit;
    }

    @Transactional
    public UserView update(String username, AccountUpdate update, Caller admin) {
        UserAccount account = find(username);
        List<String> changed = new ArrayList<>();
        Person person = account.person;
        if (update.displayName() != null && !update.displayName().equals(person.displayName)) {
            person.displayName = update.displayName().strip();
            changed.add("displayName");
        }
        if (update.department() != null) {
            String department =
                    update.department().isBlank() ? null : update.department().strip();
            if (!Objects.equals(department, person.department)) {
                person.department = department;
                changed.add("department");
            }
        }
        if (update.roles() != null) {
            Set<Role> roles = IdentityAdminService.parseRoles(update.roles());
            if (!roles.equals(account.grantedRoles())) {
                refuseOwn(account, admin, "remove your own roles");
                account.grant(roles);
                changed.add("roles " + String.join(",", account.roles));
            }
        }
        if (!changed.isEmpty()) {
            audit.record(AuditKind.USER_CHANGED, username, String.join("; ", changed));
            personChanged.fire(new PersonChanged(person.id));
        }
        if (update.enabled() != null && update.enabled() != account.enabled) {
            refuseOwn(account, admin, "disable your own account");
            account.enabled = update.enabled();
            if (!account.enabled) {
                // Refused at once anyway (every request reads the account); the rows go too.
                Sessions.endAll(account);
            }
            audit.record(account.enabled ? AuditKind.USER_ENABLED : AuditKind.USER_DISABLED, username, null);
        }
        // Roles and the enabled flag live in verified credentials: forget them once this commits.
        credentialsChanged.fire(CredentialsChanged.ofUser(username));
        return UserView.of(account);
    }

    @Transactional
    public void delete(String username, Caller admin) {
        UserAccount account = find(username);
        refuseOwn(account, admin, "delete your own account");
        Person person = account.person;
        Sessions.endAll(account);
        account.delete();
        people.anonymise(person, "deleted:" + Secrets.randomId(12));
        audit.record(AuditKind.USER_DELETED, username, "posts kept by a former member, ratings kept unnamed");
        personChanged.fire(new PersonChanged(person.id));
        credentialsChanged.fire(CredentialsChanged.ofUser(username));
    }

    private static UserAccount find(String username) {
        return UserAccount.findByUsername(username)
                .orElseThrow(() -> ProblemException.notFound("No user " + username + "."));
    }

    /** An admin cannot lock themselves out; another admin can. */
    private static void refuseOwn(UserAccount account, Caller admin, String what) {
        if (account.username.equals(admin.name())) {
            throw ProblemException.conflict("You cannot " + what + "; ask another administrator.");
        }
    }
}
