package io.groundswell.post;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Tells a lost race (two writers creating the same person or post at once) from other storage
 * failures. A race is worth retrying: the second attempt finds what the winner created.
 */
final class Conflicts {

    private Conflicts() {}

    /** A unique-key violation, deadlock or serialization failure anywhere in the cause chain. */
    static boolean isRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 23xxx integrity (unique key), 40001 serialization failure, 40P01 deadlock
                if (state.startsWith("23") || state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Any failure of the database to store, as opposed to a bug or a refusal. */
    static boolean isStorageFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PersistenceException
                    || t instanceof SQLException
                    || t instanceof jakarta.transaction.RollbackException
                    || t instanceof io.quarkus.narayana.jta.QuarkusTransactionException) {
                return true;
            }
        }
        return false;
    }
}
