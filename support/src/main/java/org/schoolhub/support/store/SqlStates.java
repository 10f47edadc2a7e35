package org.schoolhub.support.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The SQLSTATEs a failure carries: those of every {@link SQLException} among its causes and the
 * exceptions chained to them (a JDBC batch reports its statement's error that way), however
 * deeply Spring or Axon wrapped them.
 */
public final class SqlStates {

    private static final int MAX_DEPTH = 50;

    private SqlStates() {
    }

    public static List<String> of(Throwable failure) {
        List<String> states = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(failure, states, seen);
        return states;
    }

    /** Whether any of them is {@code state}, or of its class when given as a two-character class. */
    public static boolean has(Throwable failure, String state) {
        return of(failure).stream().anyMatch(s -> state.length() == 2 ? s.startsWith(state) : s.equals(state));
    }

    /**
     * What the server said, short: the message of the innermost SQL error (a JDBC batch's own
     * message repeats its whole statement, arguments included).
     */
    public static String serverMessage(Throwable failure) {
        Throwable innermost = failure;
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            innermost = t instanceof SQLException sql && sql.getNextException() != null ? sql.getNextException() : t;
        }
        return String.valueOf(innermost.getMessage());
    }

    private static void collect(Throwable failure, List<String> states, Set<Throwable> seen) {
        for (Throwable t = failure; t != null && seen.size() < MAX_DEPTH && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null) {
                    states.add(sql.getSQLState());
                }
                collect(sql.getNextException(), states, seen);
            }
        }
    }
}
