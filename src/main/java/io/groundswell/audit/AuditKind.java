package io.groundswell.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an audit event records; the wire name is what the API shows and the table stores. */
public enum AuditKind {
    /** An account or a client address was locked after a burst of failed sign-ins: one row per lock. */
    SIGN_IN_LOCKED,
    USER_CREATED,
    /** Display name, department or roles changed; the detail says which. */
    USER_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    USER_DELETED,
    /** An admin set someone's password. */
    PASSWORD_RESET,
    /** Someone changed their own password. */
    PASSWORD_CHANGED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    EXPORT,
    REINDEX,
    STOP_WORDS_CHANGED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AuditKind> parse(String wireName) {
        return Arrays.stream(values())
                .filter(k -> k.wireName().equals(wireName))
                .findFirst();
    }
}
