package io.groundswell.system;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Recognises failures that say "the database is busy, try again" rather than "this request is
 * wrong" or "the server is broken": no pooled connection within the acquisition timeout, a lock
 * or deadlock timeout, a lost connection. Nothing was stored when they happen (the transaction
 * rolls back), so the client may simply repeat the request.
 */
final class TransientFailures {

    /** Agroal throws a bare SQLException, without SQLState, when no connection frees up in time. */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    /**
     * Serialization failure and deadlock (both products), lock not available (PostgreSQL), lock
     * timeout (H2).
     */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

    /** SQLState class 08: connection exceptions, the database unreachable or the link lost. */
    private static final String CONNECTION_CLASS = "08";

    private TransientFailures() {}

    static boolean isTransient(Throwable failure) {
        // Bounded: a cause chain that loops back on itself must not hang the error path.
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        return sql instanceof SQLTransientException
                || POOL_EXHAUSTED.equals(sql.getMessage())
                || (state != null && (RETRYABLE_STATES.contains(state) || state.startsWith(CONNECTION_CLASS)));
    }
}
