package io.groundswell.identity;

import io.groundswell.identity.Roles.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks credentials against the database and builds security identities. Successful checks are
 * cached briefly (keyed by a hash of the credentials, never the credentials themselves) because
 * bcrypt is deliberately slow and HTTP Basic sends the password with every request; a change to a
 * user forgets that user's entries, a revoked key empties the cache.
 */
@ApplicationScoped
public class Authenticator {

    static final String PERSON_ID = "groundswell.person-id";
    static final String PERSON_KEY = "groundswell.person-key";
    static final String SCOPES = "groundswell.scopes";
    static final String SOURCES = "groundswell.sources";
    static final String API_KEY_ID = "groundswell.api-key-id";

    private static final String USER_PREFIX = "u:";
    private static final Duration CACHE_TTL = Duration.ofMinutes(2);
    private static final int CACHE_LIMIT = 10_000;

    private record Cached(SecurityIdentity identity, Instant expires) {}

    private final Map<String, Cached> verified = new ConcurrentHashMap<>();

    SecurityIdentity authenticateUser(String username, String password) {
        String cacheKey = USER_PREFIX + Secrets.sha256(username + '\u0000' + password);
        return cached(cacheKey).orElseGet(() -> remember(cacheKey, checkUser(username, password)));
    }

    SecurityIdentity authenticateKey(String token) {
        String cacheKey = "k:" + Secrets.sha256(token);
        return cached(cacheKey).orElseGet(() -> remember(cacheKey, checkKey(token)));
    }

    /** Forget every verified credential, after a key was revoked. */
    public void invalidate() {
        verified.clear();
    }

    /** Forget the verified passwords of one user, after their account changed; everyone else stays verified. */
    public void forget(String username) {
        verified.entrySet()
                .removeIf(e -> e.getKey().startsWith(USER_PREFIX)
                        && username.equals(
                                e.getValue().identity().getPrincipal().getName()));
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

    private SecurityIdentity checkKey(String token) {
        // gs_<keyId>_<secret>
        String[] parts = token.split("_", 3);
        if (parts.length != 3 || !parts[0].equals("gs") || hasNul(token)) {
            throw new AuthenticationFailedException();
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            ApiKey key = ApiKey.findByKeyId(parts[1])
                    .filter(k -> !k.revoked())
                    .orElseThrow(AuthenticationFailedException::new);
            if (!Secrets.constantTimeEquals(Secrets.sha256(parts[2]), key.secretHash)) {
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

    private Optional<SecurityIdentity> cached(String cacheKey) {
        Cached hit = verified.get(cacheKey);
        if (hit == null) {
            return Optional.empty();
        }
        if (hit.expires().isBefore(Instant.now())) {
            verified.remove(cacheKey);
            return Optional.empty();
        }
        return Optional.of(hit.identity());
    }

    private SecurityIdentity remember(String cacheKey, SecurityIdentity identity) {
        if (verified.size() >= CACHE_LIMIT) {
            verified.clear();
        }
        verified.put(cacheKey, new Cached(identity, Instant.now().plus(CACHE_TTL)));
        return identity;
    }
}
