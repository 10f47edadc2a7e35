package org.schoolhub.operations.rollback;

import org.schoolhub.operations.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

import org.schoolhub.shared.values.LedgerRollbackReceipt;

/** Makes the answer of POST /api/admin/rollback: the plan, and what was done when it was carried out. */
final class RollbackOutcome {

    private RollbackOutcome() {
    }

    /**
     * What a real run did: the ledger's answer (null if it gave none), the order lines it then set
     * out to set back (null if it did not get that far), and how far that went.
     */
    record Done(UUID rollbackId, LedgerRollbackReceipt ledger, List<RollbackPlan.LineChange> lines,
                CompensatingCommands.Execution lineExecution) {
    }

    static RollbackAnswer.DryRun dryRun(Snapshot snapshot, RollbackPlan plan) {
        return new RollbackAnswer.DryRun(true, snapshot.snapshotId(), snapshot.label(), snapshot.position(),
                plan.transferIds(RollbackPlan.Kind.REVERSE), plan.transferIds(RollbackPlan.Kind.REBOOK), plan.lines(),
                plan.ordersNotRestored(), balances(plan), plan.executable(), plan.problems());
    }

    /** The plan's lists become what was booked: the ledger decided them from its exact state. */
    static RollbackAnswer.Executed executed(Snapshot snapshot, RollbackPlan plan, Done done, List<String> mismatches) {
        List<UUID> reversed = plan.transferIds(RollbackPlan.Kind.REVERSE);
        List<UUID> rebooked = plan.transferIds(RollbackPlan.Kind.REBOOK);
        boolean executable = plan.executable();
        List<String> problems = plan.problems();
        List<CommandSent> sent = new ArrayList<>();
        if (done.ledger() != null) {
            reversed = booked(done.ledger(), LedgerRollbackReceipt.Kind.REVERSE);
            rebooked = booked(done.ledger(), LedgerRollbackReceipt.Kind.REBOOK);
            executable = true;
            problems = List.of();
            done.ledger().compensations().forEach(c -> sent.add(CommandSent.of(c)));
        }
        List<RollbackPlan.LineChange> lines = done.lines() != null ? done.lines() : plan.lines();
        sent.addAll(done.lineExecution().done());
        return new RollbackAnswer.Executed(false, snapshot.snapshotId(), snapshot.label(), snapshot.position(),
                reversed, rebooked, lines, plan.ordersNotRestored(), balances(plan), executable, problems,
                done.rollbackId(), done.lineExecution().failure() == null, done.lineExecution().failure(), sent,
                mismatches.isEmpty(), mismatches);
    }

    private static List<UUID> booked(LedgerRollbackReceipt ledger, LedgerRollbackReceipt.Kind kind) {
        return ledger.compensations().stream().filter(c -> c.kind() == kind)
                .map(LedgerRollbackReceipt.Compensation::transferId).toList();
    }

    private static List<RollbackAnswer.Balance> balances(RollbackPlan plan) {
        return new TreeMap<>(plan.balancesAfter()).entrySet().stream()
                .map(e -> new RollbackAnswer.Balance(e.getKey(), e.getValue())).toList();
    }
}
