package org.schoolhub.support.store;

import java.sql.PreparedStatement;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * A query that PostgreSQL plans for its actual arguments on every call, for the registry's
 * lookups on the command path. The driver otherwise turns a statement used a few times into a
 * server-side prepared one, and PostgreSQL may then keep a generic plan chosen while the table
 * was small: a sequential scan, which stays until the next ANALYZE or until the pool replaces the
 * connection (without autovacuum, half an hour of every lookup reading the whole registry; see
 * docs/performance.md). Planning a lookup costs a fraction of a millisecond, once per group.
 */
public final class FreshlyPlanned {

    public static PreparedStatementCreator query(String sql, Object... args) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        };
    }

    private FreshlyPlanned() {
    }
}
