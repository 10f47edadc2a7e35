package org.schoolhub.support.projection;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure that says nothing about the event being handled (the database unreachable,
 * out of disk, a deadlock: retry later, the same event will pass) from one the event itself
 * causes (a value PostgreSQL refuses, a handler's bug: retrying changes nothing).
 */
public final class DatabaseTrouble {

    private DatabaseTrouble() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && transientState(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes: 08 connection, 53 insufficient resources (disk full, out of memory), 57
     * operator intervention (shutdown), 40 transaction rollback (serialization, deadlock), 58 system error.
     */
    private static boolean transientState(String state) {
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || state.startsWith("40")
                || state.startsWith("58");
    }
}
