package io.groundswell.identity;

import io.groundswell.identity.Roles.Role;
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
 */
@ApplicationScoped
public class Authenticator {

    static final String PERSON_ID = "groundswell.person-id";
    static final String PERSON_KEY = "groundswell.person-key";
    static final String SCOPES = "groundswell.scopes";
    static final String SOURCES = "groundswell.sources";
    static final String API_KEY_ID = "groundswell.api-key-id";

    static final String PASSWORDS = "verified-passwords";
    static final String API_KEYS = "verified-api-keys";

    /** Names the user, so that a change to them forgets only their entries. */
    private record PasswordEntry(String username, String credentialsHash) {}

    /** Names the key, so that a revocation forgets only its entries. */
    private record ApiKeyEntry(String keyId, String tokenHash) {}

    private final Cache passwords;
    private final Cache apiKeys;

    Authenticator(@CacheName(PASSWORDS) Cache passwords, @CacheName(API_KEYS) Cache apiKeys) {
        this.passwords = passwords;
        this.apiKeys = apiKeys;
    }

    SecurityIdentity authenticateUser(String username, String password) {
        var entry = new PasswordEntry(username, Secrets.sha256(username + '\u0000' + password));
        // Concurrent first sign-ins with the same credentials share one bcrypt check.
        return passwords.get(entry, e -> checkUser(username, password)).await().indefinitely();
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
    private record StoredUser(String username, String passwordHash, Set<Role> roles, Long personId, String personKey) {}

    private SecurityIdentity checkUser(String username, String password) {
        if (hasNul(username) || hasNul(password)) {
            // No account can hold one, and PostgreSQL refuses NUL in text: answer before the lookup.
            throw new AuthenticationFailedException();
        }
        // bcrypt takes tens of milliseconds of CPU on purpose: inside the transaction, a burst of
        // first sign-ins held every pooled connection meanwhile and other requests timed out.
        StoredUser user = QuarkusTransaction.joiningExisting().call(() -> UserAccount.findByUsername(username)
                .filter(a -> a.enabled)
                .map(a -> new StoredUser(a.username, a.passwordHash, a.grantedRoles(), a.person.id, a.person.key))
                .orElseThrow(AuthenticationFailedException::new));
        if (!Secrets.passwordMatches(password, user.passwordHash())) {
            throw new AuthenticationFailedException();
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRoles(Roles.effective(user.roles()))
                .addAttribute(PERSON_ID, user.personId())
                .addAttribute(PERSON_KEY, user.personKey())
                .build();
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
