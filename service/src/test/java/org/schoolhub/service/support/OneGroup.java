package org.schoolhub.service.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes commands form one group on the group-commit bus: another session locks the transfer
 * registry against writes, so the group of a first transfer waits at its commit, and every command
 * sent meanwhile queues behind it, to be drained together into the next group when released.
 */
public final class OneGroup implements AutoCloseable {

    private final Connection holder;

    private OneGroup(Connection holder) {
        this.holder = holder;
    }

    /** Locks the registry; send the first transfer next, then {@link #awaitFirstBlocked}. */
    public static OneGroup hold(DataSource dataSource) throws SQLException {
        Connection holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (Statement lock = holder.createStatement()) {
            lock.execute("lock table sel_transfer_registry in exclusive mode");
        }
        return new OneGroup(holder);
    }

    /** Waits until the worker is stuck on the lock: whatever is sent from now on queues. */
    public void awaitFirstBlocked(JdbcTemplate jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_locks where not granted and relation = 'sel_transfer_registry'::regclass",
                Integer.class) > 0);
    }

    /** Releases the lock: the first group commits, then the queued commands run as one group. */
    public void release() throws SQLException {
        holder.rollback();
    }

    @Override
    public void close() throws SQLException {
        holder.close();
    }
}
