package org.schoolhub.operations.rollback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.schoolhub.support.projection.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rollback dry runs operators ran, per snapshot: a stage migration may only go ahead once the
 * rollback to its backup was rehearsed (API.md, Stage migrations, rollbackRehearsed).
 */
@Component
public class RollbackRehearsals {

    private final JdbcTemplate jdbc;

    RollbackRehearsals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID snapshotId, int transfersToReverse) {
        jdbc.update("insert into rollback_rehearsal (snapshot_id, rehearsed_at, transfers) values (?, ?, ?)"
                        + " on conflict do nothing",
                snapshotId, Timestamps.of(Instant.now().truncatedTo(ChronoUnit.MICROS)), transfersToReverse);
    }

    public boolean rehearsed(UUID snapshotId) {
        Integer count = jdbc.queryForObject("select count(*) from rollback_rehearsal where snapshot_id = ?",
                Integer.class, snapshotId);
        return count != null && count > 0;
    }
}
