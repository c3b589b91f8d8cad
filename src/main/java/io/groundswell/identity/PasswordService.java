package io.groundswell.identity;

import io.groundswell.audit.AuditKind;
import io.groundswell.audit.AuditLog;
import io.groundswell.system.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Changes passwords: one's own, given the current one, or anyone's by an admin. bcrypt runs outside
 * the transactions, as in {@link Authenticator}; the old password is refused from the moment the
 * change commits, since the verified credentials of that user are forgotten then.
 */
@ApplicationScoped
public class PasswordService {

    private final Authenticator authenticator;
    private final SignInThrottle throttle;
    private final Event<CredentialsChanged> credentialsChanged;
    private final AuditLog audit;

    PasswordService(
            Authenticator authenticator,
            SignInThrottle throttle,
            Event<CredentialsChanged> credentialsChanged,
            AuditLog audit) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.credentialsChanged = credentialsChanged;
        this.audit = audit;
    }

    /**
     * Changes the caller's own password. Wrong current passwords are throttled like failed sign-ins,
     * so that a borrowed session cannot guess the password faster than the sign-in form could. The
     * caller's other sessions end (someone who learnt the old password may hold one); the session
     * named by {@code currentSession} (the hash the request's session has, null for none) goes on.
     */
    public void changeOwn(Caller caller, PasswordChange request, String address, String currentSession) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("API keys have no password to change; revoke the key and create another.");
        }
        String username = caller.name();
        throttle.checkPasswordChangeAllowed(username, address);
        PasswordPolicy.check("newPassword", username, request.newPassword());
        String currentHash = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.findByUsername(username).map(a -> a.passwordHash))
                .orElseThrow(() -> ProblemException.notFound("No user " + username + "."));
        if (!authenticator.passwordMatches(request.currentPassword(), currentHash)) {
            throttle.recordWrongCurrentPassword(username, address);
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        store(
                username,
                currentHash,
                Secrets.hashPassword(request.newPassword()),
                AuditKind.PASSWORD_CHANGED,
                false,
                currentSession);
        throttle.recordPasswordChanged(username);
    }

    /**
     * Sets a user's password, and lifts a lock their failed sign-ins or changes earned. All their
     * sessions end, and the password is one to replace: the admin knows it, so its holder must
     * choose their own at the next sign-in, as with the generated first password.
     */
    public void reset(String username, NewPassword request) {
        String currentHash = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.findByUsername(username).map(a -> a.passwordHash))
                .orElseThrow(() -> ProblemException.notFound("No user " + username + "."));
        PasswordPolicy.check("newPassword", username, request.newPassword());
        store(username, currentHash, Secrets.hashPassword(request.newPassword()), AuditKind.PASSWORD_RESET, true, null);
        throttle.forgetFailures(username);
        throttle.recordPasswordChanged(username);
    }

    /**
     * Replaces the hash unless another change came first: then that one stands and this one is 409.
     * Ends the account's sessions but {@code keptSession} (null: all) in the same transaction.
     */
    private void store(
            String username,
            String expectedHash,
            String newHash,
            AuditKind kind,
            boolean changeRequired,
            String keptSession) {
        QuarkusTransaction.requiringNew().run(() -> {
            // A password its holder chose lifts the duty to change a generated one; an admin's sets it.
            long updated = UserAccount.update(
                    "passwordHash = ?1, passwordChangeRequired = ?2 where username = ?3 and passwordHash = ?4",
                    newHash,
                    changeRequired,
                    username,
                    expectedHash);
            if (updated == 0) {
                throw ProblemException.conflict("The password of " + username + " changed meanwhile; try again.");
            }
            UserAccount.findByUsername(username).ifPresent(account -> Sessions.endAllBut(account, keptSession));
            audit.record(kind, username, null);
            // Observed after the commit: the old password's verified entries go once the new one stands.
            credentialsChanged.fire(CredentialsChanged.ofUser(username));
        });
    }
}
