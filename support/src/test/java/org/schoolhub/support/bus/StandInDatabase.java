package org.schoolhub.support.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * A database as the bus sees it, in memory: one transaction at a time, like a connection bound to
 * the worker thread. Rows written in a transaction become visible when it commits; a commit of a
 * transaction holding a row that starts with {@link #REFUSED_AT_COMMIT} fails, as PostgreSQL refuses
 * a text it cannot store only when the batch is sent. A transaction started while another is still
 * open fails: a group that leaked its transaction would otherwise make every later commit a no-op.
 * When unreachable, no transaction starts at all, as when PostgreSQL is down.
 */
final class StandInDatabase implements TransactionManager {

    static final String REFUSED_AT_COMMIT = "refused-at-commit";

    private final List<String> committed = new CopyOnWriteArrayList<>();
    private final AtomicInteger starts = new AtomicInteger();
    private volatile boolean reachable = true;
    private StandInTransaction open;

    @Override
    public Transaction startTransaction() {
        starts.incrementAndGet();
        if (!reachable) {
            throw new IllegalStateException("connection refused");
        }
        if (open != null) {
            throw new IllegalStateException("a transaction is still open");
        }
        open = new StandInTransaction();
        return open;
    }

    /** Writes a row in the open transaction. */
    void write(String row) {
        if (open == null) {
            throw new IllegalStateException("no transaction");
        }
        open.rows.add(row);
    }

    List<String> committed() {
        return List.copyOf(committed);
    }

    /** How many transactions were asked for, reachable or not. */
    int starts() {
        return starts.get();
    }

    void reachable(boolean reachable) {
        this.reachable = reachable;
    }

    private final class StandInTransaction implements Transaction {
        private final List<String> rows = new ArrayList<>();

        @Override
        public void commit() {
            finish();
            if (rows.stream().anyMatch(row -> row.startsWith(REFUSED_AT_COMMIT))) {
                throw new IllegalStateException("the database refused a row at commit");
            }
            committed.addAll(rows);
        }

        @Override
        public void rollback() {
            finish();
        }

        private void finish() {
            if (open == this) {
                open = null;
            }
        }
    }
}
