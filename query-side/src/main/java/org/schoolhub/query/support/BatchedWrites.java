package org.schoolhub.query.support;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;

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
 * <p>Outside a unit of work (plain unit tests) a write runs at once.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class BatchedWrites {

    private final String key = BatchedWrites.class.getName() + "@" + System.identityHashCode(this);
    private final JdbcTemplate jdbc;

    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String sql, Object... args) {
        Buffer buffer = buffer();
        if (buffer == null) {
            jdbc.update(sql, args);
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
            jdbc.update(sql, args);
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

    private Buffer buffer() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(key, k -> {
            Buffer created = new Buffer();
            root.onPrepareCommit(u -> flush(created.writes));
            return created;
        });
    }

    private void flush(List<Write> writes) {
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
