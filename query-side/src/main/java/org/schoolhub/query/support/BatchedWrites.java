package org.schoolhub.query.support;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Collects a projection's SQL writes for the events of one processor batch and sends them when
 * the batch commits, in event order, each run of the same statement as one JDBC batch. A replay
 * of a few hundred thousand events then costs a few thousand round trips, not a million.
 * Outside a unit of work (plain unit tests) a write runs at once.
 */
@Component
public class BatchedWrites {

    private static final String KEY = BatchedWrites.class.getName();

    private final JdbcTemplate jdbc;

    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<Write> writes = root.getOrComputeResource(KEY, key -> {
            List<Write> created = new ArrayList<>();
            root.onPrepareCommit(u -> flush(created));
            return created;
        });
        writes.add(new Write(sql, args));
    }

    private void flush(List<Write> writes) {
        int start = 0;
        while (start < writes.size()) {
            String sql = writes.get(start).sql();
            int end = start;
            List<Object[]> run = new ArrayList<>();
            while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                run.add(writes.get(end).args());
                end++;
            }
            jdbc.batchUpdate(sql, run);
            start = end;
        }
    }

    private record Write(String sql, Object[] args) {
    }
}
