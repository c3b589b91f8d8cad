package io.groundswell.identity;

import io.groundswell.identity.Roles.Role;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;

/**
 * Checks credentials against the database and builds security identities. Successful checks are
 * cached briefly in the named caches {@value #PASSWORDS} and {@value #API_KEYS} (keyed by a hash of
 * the credentials, never the credentials themselves) because bcrypt is deliberately slow and HTTP
 * Basic sends the password with every request.
 *
 * <p>A revoked key or changed account is forgotten after its transaction commits, never before: a
 * request that misses the cache in between would read the old row and cache it again. Forgetting
 * after the commit also removes a check still in flight, whose row may predate the commit: the
 * cache maps a key to its pending value before the check runs and does not map it again when the
 * check completes, so only requests already waiting for that value see it.
 *
 * <p>Password sign-ins pass the {@link SignInThrottle} first, cached or not, and tell it how they
 * ended. An unknown username costs the same bcrypt check as a wrong password, against a hash of the
 * same scheme and cost, so that the time of a refusal does not tell which usernames exist.
 */
@ApplicationScoped
public class Authenticator {

    static final String PERSON_ID = "groundswell.person-id";
    static final String PERSON_KEY = "groundswell.person-key";
    static final String SCOPES = "groundswell.scopes";
    static final String SOURCES = "groundswell.sources";
    static final String API_KEY_ID = "groundswell.api-key-id";
    static final String PASSWORD_CHANGE_REQUIRED = "groundswell.password-change-required";

    static final String PASSWORDS = "verified-passwords";
    static final String API_KEYS = "verified-api-keys";

    /** Names the user, so that a change to them forgets only their entries. */
    private record PasswordEntry(String username, String credentialsHash) {}

    /** Names the key, so that a revocation forgets only its entries. */
    private record ApiKeyEntry(String keyId, String tokenHash) {}

    /** A hash no password is known to match, checked for usernames without an account. */
    static final String NO_ACCOUNT_HASH = Secrets.hashPassword(Secrets.randomToken(32));

    private final Cache passwords;
    private final Cache apiKeys;
    private final SignInThrottle throttle;
    private final Counter passwordChecks;

    Authenticator(
            @CacheName(PASSWORDS) Cache passwords,
            @CacheName(API_KEYS) Cache apiKeys,
            SignInThrottle throttle,
            MeterRegistry metrics) {
        this.passwords = passwords;
        this.apiKeys = apiKeys;
        this.throttle = throttle;
        this.passwordChecks = Counter.builder("groundswell.sign-in.password-checks")
                .description("bcrypt verifications of passwords, the CPU cost of sign-ins not served from the cache")
                .register(metrics);
    }

    /** Signs in with a password sent from the client address, unless too many failures locked it out. */
    SecurityIdentity authenticateUser(String username, String password, String address) {
        throttle.checkAllowed(username, address);
        var entry = new PasswordEntry(username, Secrets.sha256(username + '\u0000' + password));
        try {
            // Concurrent first sign-ins with the same credentials share one bcrypt check.
            SecurityIdentity identity = passwords
                    .get(entry, e -> checkUser(username, password))
                    .await()
                    .indefinitely();
            throttle.recordSuccess(username);
            return identity;
        } catch (AuthenticationFailedException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
    }

    /** Whether the password is the one stored for the account; a bcrypt check, counted. */
    boolean passwordMatches(String password, String hash) {
        passwordChecks.increment();
        return Secrets.passwordMatches(password, hash);
    }

    SecurityIdentity authenticateKey(String token) {
        // gs_<keyId>_<secret>
        String[] parts = token.split("_", 3);
        if (parts.length != 3 || !parts[0].equals("gs") || hasNul(token)) {
            throw new AuthenticationFailedException();
        }
        var entry = new ApiKeyEntry(parts[1], Secrets.sha256(token));
        return apiKeys.get(entry, e -> checkKey(parts[1], parts[2])).await().indefinitely();
    }

    /** Forgets the verified passwords of one user, after their account changed; everyone else stays verified. */
    void forget(String username) {
        passwords
                .invalidateIf(e -> e instanceof PasswordEntry p && p.username().equals(username))
                .await()
                .indefinitely();
    }

    /** Forgets one API key, after it was revoked; other keys stay verified. */
    void forgetApiKey(String keyId) {
        apiKeys.invalidateIf(e -> e instanceof ApiKeyEntry k && k.keyId().equals(keyId))
                .await()
                .indefinitely();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged change) {
        if (change.username() != null) {
            forget(change.username());
        }
        if (change.apiKeyId() != null) {
            forgetApiKey(change.apiKeyId());
        }
    }

    /** What a password check needs of an account, read so the transaction can end before bcrypt runs. */
    private record StoredUser(
            String username,
            String passwordHash,
            Set<Role> roles,
            Long personId,
            String personKey,
            boolean enabled,
            boolean passwordChangeRequired) {}

    private SecurityIdentity checkUser(String username, String password) {
        if (hasNul(username) || hasNul(password)) {
            // No account can hold one, and PostgreSQL refuses NUL in text: answer before the lookup.
            throw new AuthenticationFailedException();
        }
        // bcrypt takes tens of milliseconds of CPU on purpose: inside the transaction, a burst of
        // first sign-ins held every pooled connection meanwhile and other requests timed out.
        StoredUser user = QuarkusTransaction.joiningExisting().call(() -> UserAccount.findByUsername(username)
                .map(a -> new StoredUser(
                        a.username,
                        a.passwordHash,
                        a.grantedRoles(),
                        a.person.id,
                        a.person.key,
                        a.enabled,
                        a.passwordChangeRequired))
                .orElse(null));
        if (user == null) {
            passwordMatches(password, NO_ACCOUNT_HASH);
            throw new AuthenticationFailedException();
        }
        if (!passwordMatches(password, user.passwordHash())) {
            throw new AuthenticationFailedException();
        }
        if (!user.enabled()) {
            // Said only to whoever knows the password, so it tells no one else that the account exists.
            throw AccountProblems.disabled();
        }
        return person(user.username(), user.roles(), user.personId(), user.personKey(), user.passwordChangeRequired())
                .build();
    }

    /**
     * The identity of a person, however they signed in (a password, a session): the same roles and
     * attributes, so that {@link Caller} and {@link PasswordChangeGate} read every one alike.
     */
    static QuarkusSecurityIdentity.Builder person(
            String username, Set<Role> roles, Long personId, String personKey, boolean passwordChangeRequired) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(Roles.effective(roles))
                .addAttribute(PERSON_ID, personId)
                .addAttribute(PERSON_KEY, personKey)
                .addAttribute(PASSWORD_CHANGE_REQUIRED, passwordChangeRequired);
    }

    private SecurityIdentity checkKey(String keyId, String secret) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            ApiKey key =
                    ApiKey.findByKeyId(keyId).filter(k -> !k.revoked()).orElseThrow(AuthenticationFailedException::new);
            if (!Secrets.constantTimeEquals(Secrets.sha256(secret), key.secretHash)) {
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("api-key:" + key.name))
                    .addRoles(Roles.effective(Set.of(Role.INTEGRATION)))
                    .addAttribute(API_KEY_ID, key.keyId)
                    .addAttribute(SCOPES, Set.copyOf(key.scopeSet()))
                    .addAttribute(SOURCES, Set.copyOf(key.sourceSet()))
                    .build();
        });
    }

    private static boolean hasNul(String text) {
        return text.indexOf('\u0000') >= 0;
    }
}
