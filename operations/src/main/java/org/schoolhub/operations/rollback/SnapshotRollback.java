package org.schoolhub.operations.rollback;

import org.schoolhub.operations.events.CanonicalState;
import org.schoolhub.operations.events.EventFold;
import org.schoolhub.operations.events.RawEventStream;
import org.schoolhub.operations.snapshot.JdbcRollbackSnapshots;
import org.schoolhub.operations.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.LedgerRollbackReceipt;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.SelLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rolls back to a snapshot by appending compensating events: nothing in the event log is
 * rewritten or deleted, the rollback is history too. The SEL part is one ledger command, worked
 * out by the ledger from its exact state whatever else is being booked, all or nothing; the order
 * lines follow, each set back to the snapshot's quantity. Running the same rollback again finishes
 * one that was cut off and books nothing twice. One rollback at a time.
 */
@Component
class SnapshotRollback {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRollback.class);

    private final JdbcRollbackSnapshots snapshots;
    private final RawEventStream events;
    private final CompensatingCommands commands;
    private final Community community;
    private final RollbackRehearsals rehearsals;
    private final long lowerLimit;
    private final long upperLimit;
    private final ReentrantLock running = new ReentrantLock();

    SnapshotRollback(JdbcRollbackSnapshots snapshots, RawEventStream events, CompensatingCommands commands,
                     Community community, RollbackRehearsals rehearsals, SelLimits limits) {
        this.snapshots = snapshots;
        this.events = events;
        this.commands = commands;
        this.community = community;
        this.rehearsals = rehearsals;
        this.lowerLimit = limits.lower();
        this.upperLimit = limits.upper();
    }

    /** Plans, and unless {@code dryRun}, carries the plan out. */
    RollbackAnswer rollback(UUID snapshotId, boolean dryRun, String reason, Caller caller) {
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
            long ledgerPoint = events.sequenceAt(ledger(), snapshot.position());
            Folded folded = fold(snapshot, ledgerPoint, events.head());
            RollbackPlan plan = RollbackPlanner.plan(folded.atSnapshot(), folded.now(), folded.movementsSince(),
                    lowerLimit, upperLimit);
            if (dryRun) {
                if (plan.executable()) {
                    rehearsals.record(snapshotId, plan.steps().size());
                }
                return RollbackOutcome.dryRun(snapshot, plan);
            }
            return carryOut(snapshot, ledgerPoint, folded.atSnapshot(), plan, reason, caller);
        } finally {
            running.unlock();
        }
    }

    private RollbackAnswer carryOut(Snapshot snapshot, long ledgerPoint, EventFold.View atSnapshot,
                                         RollbackPlan plan, String reason, Caller caller) {
        UUID rollbackId = UUID.randomUUID();
        log.info("Rolling back to snapshot {} '{}' (position {}, ledger event {}) as {}, by {}", snapshot.snapshotId(),
                snapshot.label(), snapshot.position(), ledgerPoint, rollbackId, caller.username());
        Map<UUID, Long> balances = new HashMap<>();
        atSnapshot.accounts().forEach((id, account) -> balances.put(id, account.balance()));
        // a community whose ledger was never opened (no family enrolled yet) has no balances to set back
        CompensatingCommands.LedgerStep ledgerStep = events.sequenceAt(ledger(), events.head()) < 0
                ? new CompensatingCommands.LedgerStep(new LedgerRollbackReceipt(rollbackId, List.of(), -1), null)
                : commands.rollBackLedger(rollbackId, snapshot, ledgerPoint, balances, reason, caller);
        LedgerRollbackReceipt receipt = ledgerStep.receipt();
        if (receipt == null) {
            Folded now = fold(snapshot, ledgerPoint, events.head());
            return RollbackOutcome.executed(snapshot, plan, new RollbackOutcome.Done(rollbackId, null, null,
                    new CompensatingCommands.Execution(List.of(), ledgerStep.failure())), mismatches(now.now(), atSnapshot));
        }
        // one pass: the balances where the ledger says it is back at the snapshot, then the lines now
        long atLedger = Math.max(snapshot.position(), events.positionOf(ledger(), receipt.sequence()).orElse(0));
        EventFold fold = new EventFold();
        events.foldInto(fold, 0, atLedger);
        EventFold.View ledgerDone = fold.view();
        events.foldInto(fold, atLedger, events.head());
        List<RollbackPlan.LineChange> lines = RollbackPlanner.lineChanges(atSnapshot, fold.view());
        CompensatingCommands.Execution execution = commands.setBack(lines, snapshot, caller);
        log.info("Rollback {}: {} SEL compensations, {} of {} order lines set back{}", rollbackId,
                receipt.compensations().size(), execution.done().size(), lines.size(),
                execution.failure() == null ? "" : ", stopped: " + execution.failure());
        return RollbackOutcome.executed(snapshot, plan, new RollbackOutcome.Done(rollbackId, receipt, lines, execution),
                mismatches(ledgerDone, atSnapshot));
    }

    /** Every balance of a state that differs from the snapshot's. */
    private static List<String> mismatches(EventFold.View state, EventFold.View atSnapshot) {
        List<String> mismatches = new ArrayList<>();
        new TreeMap<>(state.accounts()).forEach((id, account) -> {
            long expected = atSnapshot.balanceOf(id);
            if (account.balance() != expected) {
                mismatches.add("family " + id + " has " + account.balance() + ", the snapshot " + expected);
            }
        });
        return mismatches;
    }

    /**
     * One pass over the event log up to {@code upTo}: the state at the snapshot, the state at the
     * end, and the movements since the snapshot, or since the last rollback to the same point (the
     * state there is the snapshot's again).
     */
    private Folded fold(Snapshot snapshot, long ledgerPoint, long upTo) {
        EventFold fold = new EventFold();
        events.foldInto(fold, 0, snapshot.position());
        EventFold.View atSnapshot = fold.view();
        if (!CanonicalState.sha256(CanonicalState.of(atSnapshot)).equals(snapshot.checksum())) {
            throw new RejectedException(ErrorCode.ROLLBACK_NOT_POSSIBLE, "the event log up to position "
                    + snapshot.position() + " no longer gives the snapshot's checksum");
        }
        int start = fold.movements().size();
        events.foldInto(fold, snapshot.position(), upTo);
        for (EventFold.Rewind rewind : fold.rewinds()) {
            if (rewind.position() > snapshot.position() && rewind.toSequence() == ledgerPoint) {
                start = rewind.movementsBefore();
            }
        }
        List<EventFold.Movement> movements = fold.movements();
        return new Folded(atSnapshot, fold.view(), movements.subList(start, movements.size()));
    }

    private String ledger() {
        return community.communityId().toString();
    }

    private record Folded(EventFold.View atSnapshot, EventFold.View now, List<EventFold.Movement> movementsSince) {
    }
}
