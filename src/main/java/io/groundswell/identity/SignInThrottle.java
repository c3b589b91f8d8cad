package io.groundswell.identity;

import io.groundswell.audit.AuditKind;
import io.groundswell.audit.AuditLog;
import io.groundswell.system.GroundswellConfig;
import io.groundswell.system.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Slows down password guessing: counts failed sign-ins per account and per client address, and past
 * a few free failures locks that account or address out, twice as long after each further failure.
 * A locked sign-in is refused without looking at the password, so the right one is refused too
 * until the lock ends: guessing cannot go faster than the locks allow.
 *
 * <p>Counts live in the named cache {@value #FAILURES}, bounded and expiring, so that a flood of
 * made-up usernames or addresses costs memory only up to its size. Accounts are keyed by a hash of
 * the username, whether or not such an account exists: a lock that only known accounts could earn
 * would tell which usernames exist.
 *
 * <p>The audit log gets one event per lock, when a burst of failures first locks an account or an
 * address, not one per failure: a guessing run is one line, however long it goes on.
 */
@ApplicationScoped
public class SignInThrottle {

    static final String FAILURES = "sign-in-failures";

    private record AccountKey(String usernameHash) {}

    private record AddressKey(String address) {}

    /**
     * Wrong current passwords given to change one's password, apart from sign-ins: each of those
     * requests signs in with the right password, which would forgive failures counted on the account.
     */
    private record PasswordChangeKey(String usernameHash) {}

    private final CaffeineCache failures;
    private final GroundswellConfig.SignIn config;
    private final Counter failed;
    private final Counter throttled;
    private final Clock clock;
    private final AuditLog audit;

    SignInThrottle(
            @CacheName(FAILURES) Cache failures,
            GroundswellConfig config,
            MeterRegistry metrics,
            Clock clock,
            AuditLog audit) {
        this.failures = failures.as(CaffeineCache.class);
        this.audit = audit;
        this.config = config.signIn();
        this.clock = clock;
        this.failed = Counter.builder("groundswell.sign-in.failures")
                .description("Password sign-ins refused for wrong credentials")
                .register(metrics);
        this.throttled = Counter.builder("groundswell.sign-in.throttled")
                .description("Password sign-ins refused with 429 because the account or address was locked")
                .register(metrics);
    }

    /** Refuses with 429 and Retry-After while the account or the address is locked. */
    void checkAllowed(String username, String address) {
        check(accountKey(username), address);
    }

    /** Counts a refused password against the account and the address. */
    void recordFailure(String username, String address) {
        fail(accountKey(username), username, "failed sign-ins", address);
    }

    /**
     * The right password forgives the account's failures. Not the address's: one valid account must
     * not let its holder guess the passwords of others from the same address.
     */
    void recordSuccess(String username) {
        forgetFailures(username);
    }

    /** Forgets the failures of an account and lifts its lock. */
    void forgetFailures(String username) {
        forget(accountKey(username));
    }

    /** Refuses a password change with 429 while wrong current passwords or the address locked it. */
    void checkPasswordChangeAllowed(String username, String address) {
        check(passwordChangeKey(username), address);
    }

    /** Counts a wrong current password against changes of that account's password and the address. */
    void recordWrongCurrentPassword(String username, String address) {
        fail(passwordChangeKey(username), username, "wrong current passwords", address);
    }

    /** A changed password forgives the wrong current passwords given before. */
    void recordPasswordChanged(String username) {
        forget(passwordChangeKey(username));
    }

    private void check(Object accountKey, String address) {
        Instant now = clock.instant();
        Duration wait = max(remainingLock(accountKey, now), remainingLock(new AddressKey(address), now));
        if (!wait.isZero()) {
            throttled.increment();
            long seconds = (wait.toMillis() + 999) / 1000;
            throw ProblemException.tooManyRequests(
                    "Too many wrong passwords for this account or from this address; try again in " + seconds + " s.",
                    seconds);
        }
    }

    private void fail(Object accountKey, String username, String what, String address) {
        failed.increment();
        Instant now = clock.instant();
        int accountFailures = tally(accountKey).fail(now, config.freeFailuresPerAccount(), config);
        if (accountFailures == config.freeFailuresPerAccount() + 1) {
            audit.record(
                    AuditKind.SIGN_IN_LOCKED,
                    username,
                    username,
                    address,
                    "account locked after " + accountFailures + " " + what);
        }
        int addressFailures = tally(new AddressKey(address)).fail(now, config.freeFailuresPerAddress(), config);
        if (addressFailures == config.freeFailuresPerAddress() + 1) {
            audit.record(
                    AuditKind.SIGN_IN_LOCKED,
                    username,
                    address,
                    address,
                    "address locked after " + addressFailures + " failed sign-ins or password changes");
        }
    }

    private void forget(Object key) {
        if (failures.getIfPresent(key) != null) {
            failures.invalidate(key).await().indefinitely();
        }
    }

    private Duration remainingLock(Object key, Instant now) {
        CompletableFuture<Tally> present = failures.getIfPresent(key);
        return present == null ? Duration.ZERO : present.join().remainingLock(now);
    }

    private Tally tally(Object key) {
        return failures.<Object, Tally>get(key, k -> new Tally()).await().indefinitely();
    }

    private static AccountKey accountKey(String username) {
        return new AccountKey(Secrets.sha256(username));
    }

    private static PasswordChangeKey passwordChangeKey(String username) {
        return new PasswordChangeKey(Secrets.sha256(username));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The failures of one account or address and the lock they earned; shared by concurrent sign-ins. */
    private static final class Tally {
        private int count;
        private Instant lastFailure = Instant.MIN;
        private Instant lockedUntil = Instant.MIN;

        synchronized Duration remainingLock(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        /** Counts a failure and returns the failures of this burst so far. */
        synchronized int fail(Instant now, int free, GroundswellConfig.SignIn config) {
            if (Duration.between(lastFailure, now).compareTo(config.forgetAfter()) > 0) {
                count = 0;
            }
            count++;
            lastFailure = now;
            int excess = count - free;
            if (excess > 0) {
                // 2^30 first locks is beyond any sensible longest lock; the shift must not overflow.
                long factor = 1L << Math.min(excess - 1, 30);
                Duration lock = config.firstLock().multipliedBy(factor);
                if (lock.compareTo(config.longestLock()) > 0) {
                    lock = config.longestLock();
                }
                lockedUntil = now.plus(lock);
            }
            return count;
        }
    }
}
