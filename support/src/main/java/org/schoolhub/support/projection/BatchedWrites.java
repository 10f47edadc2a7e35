package org.schoolhub.support.projection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Collects one projection's SQL writes for the events of one processor batch and sends them when
 * the batch commits, in event order, each run of the same statement as one JDBC batch. A replay
 * of a few hundred thousand events then costs a few thousand round trips, not a million.
 *
 * <p>Each projection gets its own instance (prototype scope), hence its own buffer: projections
 * share one processor, and interleaving their statements in one buffer would cut every run of
 * the same statement into pieces of one or two. Projections own disjoint tables, so flushing one
 * projection's buffer after another's changes nothing in what is written.
 *
 * <p>Outside a unit of work (plain unit tests) a write runs at once; so does every write of a
 * processor that is retrying a refused batch ({@link CarefulWrites}), each in a savepoint.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class BatchedWrites {

    /** The resource Axon puts on the unit of work of a dead letter being retried. */
    private static final String DEAD_LETTER = DeadLetter.class.getName();

    private final String key = BatchedWrites.class.getName() + "@" + System.identityHashCode(this);
    private final JdbcTemplate jdbc;
    private final CarefulWrites careful;

    public BatchedWrites(JdbcTemplate jdbc, CarefulWrites careful) {
        this.jdbc = jdbc;
        this.careful = careful;
    }

    public void add(String sql, Object... args) {
        Buffer buffer = buffer();
        if (buffer == null) {
            now(sql, args);
        } else {
            buffer.writes.add(new Write(sql, args, false));
        }
    }

    /**
     * An idempotent write ({@code insert ... on conflict do nothing}) that the batch needs only
     * once however many of its events ask for it, such as "this family was active that day".
     */
    public void addOnce(String sql, Object... args) {
        merge(sql, Arrays.asList(args), args, (earlier, later) -> earlier);
    }

    /**
     * A write that later events of the same batch fold into, instead of sending one statement per
     * event: {@code combine(earlier, later)} gives the arguments of the one statement sent for
     * {@code key}, at the place of the first. For upserts of a running state, such as a balance.
     */
    public void merge(String sql, Object key, Object[] args, BinaryOperator<Object[]> combine) {
        Buffer buffer = buffer();
        if (buffer == null) {
            now(sql, args);
            return;
        }
        Write earlier = buffer.merged.get(new MergeKey(sql, key));
        if (earlier == null) {
            Write write = new Write(sql, args, true);
            buffer.writes.add(write);
            buffer.merged.put(new MergeKey(sql, key), write);
        } else {
            earlier.args = combine.apply(earlier.args, args);
        }
    }

    /**
     * The buffer of this batch, none outside a unit of work nor while the processor writes carefully.
     * A batch is the processor's unit of work, or, when a dead letter is retried, the letter's own
     * (nested in the retry's): each letter passes or fails alone.
     */
    private Buffer buffer() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        boolean retry = current.resources().containsKey(DEAD_LETTER);
        UnitOfWork<?> batch = retry ? current : current.root();
        if (!retry && careful.isCareful(batch)) {
            return null;
        }
        return batch.getOrComputeResource(key, k -> {
            Buffer created = new Buffer();
            batch.onPrepareCommit(u -> flush(retry ? null : batch, created.writes));
            return created;
        });
    }

    private void now(String sql, Object[] args) {
        if (CurrentUnitOfWork.isStarted()) {
            careful.inSavepoint(() -> jdbc.update(sql, args));
        } else {
            jdbc.update(sql, args);
        }
    }

    /** Sends the writes; if a processor's batch is refused, its next attempt is careful. */
    private void flush(UnitOfWork<?> processorBatch, List<Write> writes) {
        try {
            send(writes);
        } catch (RuntimeException refused) {
            if (processorBatch != null) {
                careful.batchRefused(processorBatch, refused);
            }
            throw refused;
        }
    }

    private void send(List<Write> writes) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            int start = 0;
            while (start < writes.size()) {
                String sql = writes.get(start).sql;
                int end = start;
                while (end < writes.size() && writes.get(end).sql.equals(sql)) {
                    end++;
                }
                List<Write> run = writes.subList(start, end);
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    if (mayTouchARowTwice(run)) {
                        for (Write write : run) {
                            bind(statement, write.args);
                            statement.executeUpdate();
                        }
                    } else {
                        for (Write write : run) {
                            bind(statement, write.args);
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                }
                start = end;
            }
            return null;
        });
    }

    /**
     * The driver sends a batch of inserts as multi-row inserts, and PostgreSQL refuses an
     * {@code on conflict do update} that meets the same key twice in one statement. Such a run is
     * sent statement by statement, unless its writes were merged to one per key.
     */
    private static boolean mayTouchARowTwice(List<Write> run) {
        return run.size() > 1 && run.get(0).sql.toLowerCase(Locale.ROOT).contains("do update")
                && run.stream().anyMatch(write -> !write.keyed);
    }

    /**
     * Plain {@code setObject}, not JdbcTemplate's parameter setting: that one inspects every value
     * and asks the logger about each, a fifth of a replay's time in the projection thread.
     */
    private static void bind(PreparedStatement statement, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }

    private static final class Buffer {
        private final List<Write> writes = new ArrayList<>();
        private final Map<MergeKey, Write> merged = new HashMap<>();
    }

    private static final class Write {
        private final String sql;
        private final boolean keyed;
        private Object[] args;

        private Write(String sql, Object[] args, boolean keyed) {
            this.sql = sql;
            this.args = args;
            this.keyed = keyed;
        }
    }

    private record MergeKey(String sql, Object key) {
    }
}
