package org.schoolhub.query.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.schoolhub.shared.values.Caller;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.schoolhub.shared.values.SelLimits;
import org.springframework.stereotype.Component;

/**
 * Rolls the ledger back to a snapshot by appending compensating events through ordinary
 * commands: nothing in the event log is rewritten or deleted, the rollback is history too.
 * One rollback at a time; afterwards the balances are folded from the events again and
 * compared with the snapshot's.
 */
@Component
class SnapshotRollback {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRollback.class);

    private final JdbcRollbackSnapshots snapshots;
    private final RawEventStream events;
    private final CompensatingCommands commands;
    private final Community community;
    private final long lowerLimit;
    private final long upperLimit;
    private final ReentrantLock running = new ReentrantLock();

    SnapshotRollback(JdbcRollbackSnapshots snapshots, RawEventStream events, CompensatingCommands commands,
                     Community community, SelLimits limits) {
        this.snapshots = snapshots;
        this.events = events;
        this.commands = commands;
        this.community = community;
        this.lowerLimit = limits.lower();
        this.upperLimit = limits.upper();
    }

    /** Plans, and unless {@code dryRun}, carries the plan out. */
    Map<String, Object> rollback(UUID snapshotId, boolean dryRun, String reason, Caller caller) {
        Snapshot snapshot = snapshots.find(snapshotId)
                .orElseThrow(() -> new RejectedException(ErrorCode.SNAPSHOT_NOT_FOUND, snapshotId));
        if (!snapshot.databaseId().equals(community.databaseId())) {
            throw new RejectedException(ErrorCode.SNAPSHOT_OTHER_DATABASE, snapshotId, snapshot.databaseId(),
                    community.databaseId());
        }
        if (!running.tryLock()) {
            throw new RejectedException(ErrorCode.ROLLBACK_NOT_POSSIBLE, "another rollback is running");
        }
        try {
            RollbackPlan plan = plan(snapshot);
            if (dryRun) {
                return RollbackOutcome.dryRun(snapshot, plan);
            }
            if (!plan.executable()) {
                throw new RejectedException(ErrorCode.ROLLBACK_NOT_POSSIBLE, String.join("; ", plan.problems()));
            }
            log.info("Rolling back to snapshot {} '{}' (position {}): {} SEL steps, {} order lines, by {}",
                    snapshotId, snapshot.label(), snapshot.position(), plan.steps().size(), plan.lines().size(),
                    caller.username());
            CompensatingCommands.Execution execution = commands.execute(plan, snapshot, reason, caller);
            return RollbackOutcome.executed(snapshot, plan, execution, mismatchesWith(snapshot));
        } finally {
            running.unlock();
        }
    }

    private RollbackPlan plan(Snapshot snapshot) {
        SinceSnapshot folded = foldSince(snapshot);
        if (!CanonicalState.sha256(CanonicalState.of(folded.atSnapshot())).equals(snapshot.checksum())) {
            throw new RejectedException(ErrorCode.ROLLBACK_NOT_POSSIBLE, "the event log up to position "
                    + snapshot.position() + " no longer gives the snapshot's checksum");
        }
        return RollbackPlanner.plan(folded.atSnapshot(), folded.now(), folded.movements(), lowerLimit, upperLimit);
    }

    /** Folds the events again, now, and lists every balance that differs from the snapshot's. */
    private List<String> mismatchesWith(Snapshot snapshot) {
        SinceSnapshot folded = foldSince(snapshot);
        List<String> mismatches = new ArrayList<>();
        new TreeMap<>(folded.now().accounts()).forEach((id, account) -> {
            long expected = folded.atSnapshot().balanceOf(id);
            if (account.balance() != expected) {
                mismatches.add("family " + id + " has " + account.balance() + ", the snapshot " + expected);
            }
        });
        return mismatches;
    }

    /** One pass over the event log: the state at the snapshot, the state now, the movements between. */
    private SinceSnapshot foldSince(Snapshot snapshot) {
        EventFold fold = new EventFold();
        events.foldInto(fold, 0, snapshot.position());
        EventFold.View atSnapshot = fold.view();
        int before = fold.movements().size();
        events.foldInto(fold, snapshot.position(), events.head());
        List<EventFold.Movement> movements = fold.movements();
        return new SinceSnapshot(atSnapshot, fold.view(), movements.subList(before, movements.size()));
    }

    private record SinceSnapshot(EventFold.View atSnapshot, EventFold.View now, List<EventFold.Movement> movements) {
    }
}
