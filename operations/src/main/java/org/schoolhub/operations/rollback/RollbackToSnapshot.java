package org.schoolhub.operations.rollback;

import java.util.List;
import java.util.UUID;

import org.schoolhub.support.web.Caller;
import org.springframework.stereotype.Component;

/** A real rollback to a snapshot for other operations (a stage migration rolled back during its watch). */
@Component
public class RollbackToSnapshot {

    private final SnapshotRollback rollback;

    RollbackToSnapshot(SnapshotRollback rollback) {
        this.rollback = rollback;
    }

    public Result rollBack(UUID snapshotId, String reason, Caller caller) {
        RollbackAnswer.Executed done = (RollbackAnswer.Executed) rollback.rollback(snapshotId, false, reason, caller);
        return new Result(done.rollbackId(), done.completed(), done.balancesMatchSnapshot(), done.mismatches(),
                done.failure());
    }

    /** What the rollback did: complete and every balance the snapshot's, or where it stopped. */
    public record Result(UUID rollbackId, boolean completed, boolean balancesMatchSnapshot, List<String> mismatches,
                         String failure) {
    }
}
