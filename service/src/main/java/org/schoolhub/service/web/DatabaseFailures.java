package org.schoolhub.service.web;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;

import org.schoolhub.support.store.SqlStates;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database is not there right now" however deeply it is wrapped: unreachable
 * (SQLSTATE 08, 57P), or out of a resource (53: disk full, as the event store reports it too).
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
        }
        return SqlStates.of(failure).stream()
                .anyMatch(state -> state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }
}
