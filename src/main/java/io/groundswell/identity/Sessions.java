package io.groundswell.identity;

import io.groundswell.system.GroundswellConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Dashboard sessions: started by a password sign-in, kept in the database, and held by the browser
 * as a random token in an HttpOnly cookie. The database keeps only the token's SHA-256.
 *
 * <p>Every request with the cookie reads its session and account again, so that a disabled or
 * deleted account, or a changed role, counts from the next request on; the identity is built as a
 * password sign-in's is. A session ends when its holder signs out, when it was idle for {@code
 * groundswell.sessions.idle-timeout} or has lasted {@code groundswell.sessions.absolute-timeout},
 * and when its account is disabled, deleted or has its password set (a change of one's own
 * password keeps the session it was made in). Its last use is written at most once a {@link
 * #TOUCH_EVERY}, not on every request: the idle timeout is hours, a minute's error is nothing.
 */
@ApplicationScoped
public class Sessions {

    /** The cookie holding the session's token. */
    static final String COOKIE = "groundswell_session";

    /** The identity attribute naming the session (its token's hash) a request came with. */
    static final String SESSION = "groundswell.session";

    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** 32 random bytes: 256 bits, far beyond guessing. */
    private static final int TOKEN_BYTES = 32;

    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final Clock clock;

    Sessions(GroundswellConfig config, Clock clock) {
        this.idleTimeout = config.sessions().idleTimeout();
        this.absoluteTimeout = config.sessions().absoluteTimeout();
        this.clock = clock;
    }

    /** How long the browser may keep the cookie: no session outlives its absolute timeout. */
    Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    /** Starts a session for the account and returns its token, for the cookie only. */
    String start(String username) {
        String token = Secrets.randomToken(TOKEN_BYTES);
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            UserAccount account = UserAccount.findByUsername(username).orElseThrow(AuthenticationFailedException::new);
            UserSession session = new UserSession();
            session.tokenHash = Secrets.sha256(token);
            session.account = account;
            session.createdAt = now;
            session.lastSeenAt = now;
            session.persist();
        });
        return token;
    }

    /** The identity of the session the token names; refused when there is none, it expired or the account is disabled. */
    SecurityIdentity identify(String token) {
        if (token.isEmpty() || token.length() > 100) {
            throw new AuthenticationFailedException();
        }
        String hash = Secrets.sha256(token);
        Instant now = clock.instant();
        SecurityIdentity identity = QuarkusTransaction.joiningExisting().call(() -> {
            UserSession session = UserSession.findById(hash);
            if (session == null) {
                return null;
            }
            UserAccount account = session.account;
            if (expired(session, now) || !account.enabled) {
                // Deleted here rather than refused again on every request; returned, not thrown, so
                // that the deletion commits.
                session.delete();
                return null;
            }
            if (!now.isBefore(session.lastSeenAt.plus(TOUCH_EVERY))) {
                UserSession.update("lastSeenAt = ?1 where tokenHash = ?2", now, hash);
            }
            return Authenticator.person(
                            account.username,
                            account.grantedRoles(),
                            account.person.id,
                            account.person.key,
                            account.passwordChangeRequired)
                    .addAttribute(SESSION, hash)
                    .build();
        });
        if (identity == null) {
            throw new AuthenticationFailedException();
        }
        return identity;
    }

    /**
     * Deletes the sessions that have expired: those nobody signed out of would otherwise stay,
     * refused but kept, until someone presented their cookie again. Returns how many went.
     */
    long deleteExpired() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew()
                .call(() -> UserSession.delete(
                        "lastSeenAt <= ?1 or createdAt <= ?2", now.minus(idleTimeout), now.minus(absoluteTimeout)));
    }

    /** Ends the session the token names, if there is one. */
    void end(String token) {
        String hash = Secrets.sha256(token);
        QuarkusTransaction.requiringNew().run(() -> UserSession.deleteById(hash));
    }

    /** Ends every session of the account, in the caller's transaction. */
    static void endAll(UserAccount account) {
        UserSession.delete("account.id", account.id);
    }

    /** Ends every session of the account but the one named (null: all), in the caller's transaction. */
    static void endAllBut(UserAccount account, String keptSessionHash) {
        if (keptSessionHash == null) {
            endAll(account);
        } else {
            UserSession.delete("account.id = ?1 and tokenHash <> ?2", account.id, keptSessionHash);
        }
    }

    /** The session hash of an identity that came with a session cookie. */
    static Optional<String> of(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(SESSION));
    }

    private boolean expired(UserSession session, Instant now) {
        return !now.isBefore(session.lastSeenAt.plus(idleTimeout))
                || !now.isBefore(session.createdAt.plus(absoluteTimeout));
    }
}
