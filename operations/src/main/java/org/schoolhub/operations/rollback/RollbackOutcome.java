package org.schoolhub.operations.rollback;

import org.schoolhub.operations.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.schoolhub.shared.values.LedgerRollbackReceipt;

/** The answer of POST /api/admin/rollback: the plan, and what was done when it was carried out. */
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

    static Map<String, Object> dryRun(Snapshot snapshot, RollbackPlan plan) {
        Map<String, Object> body = planView(snapshot, plan);
        body.put("dryRun", true);
        return body;
    }

    /** The plan's lists become what was booked: the ledger decided them from its exact state. */
    static Map<String, Object> executed(Snapshot snapshot, RollbackPlan plan, Done done, List<String> mismatches) {
        Map<String, Object> body = planView(snapshot, plan);
        body.put("dryRun", false);
        body.put("rollbackId", done.rollbackId());
        List<Map<String, Object>> sent = new ArrayList<>();
        if (done.ledger() != null) {
            body.put("transfersToReverse", booked(done.ledger(), LedgerRollbackReceipt.Kind.REVERSE));
            body.put("transfersToRebook", booked(done.ledger(), LedgerRollbackReceipt.Kind.REBOOK));
            body.put("executable", true);
            body.put("problems", List.of());
            done.ledger().compensations().forEach(c -> sent.add(Map.of("kind", c.kind().name(),
                    "transferId", c.transferId(), "newTransferId", c.newTransferId())));
        }
        if (done.lines() != null) {
            body.put("orderLinesToWithdraw", lines(done.lines()));
        }
        sent.addAll(done.lineExecution().done());
        body.put("completed", done.lineExecution().failure() == null);
        body.put("failure", done.lineExecution().failure());
        body.put("commandsSent", sent);
        body.put("balancesMatchSnapshot", mismatches.isEmpty());
        body.put("mismatches", mismatches);
        return body;
    }

    private static List<UUID> booked(LedgerRollbackReceipt ledger, LedgerRollbackReceipt.Kind kind) {
        return ledger.compensations().stream().filter(c -> c.kind() == kind)
                .map(LedgerRollbackReceipt.Compensation::transferId).toList();
    }

    private static List<Map<String, Object>> lines(List<RollbackPlan.LineChange> lines) {
        return lines.stream().map(line -> Map.<String, Object>of(
                "groupOrderId", line.groupOrderId(), "familyId", line.familyId(),
                "quantity", line.quantity(), "restoreTo", line.restoreTo())).toList();
    }

    private static Map<String, Object> planView(Snapshot snapshot, RollbackPlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", true);
        body.put("snapshotId", snapshot.snapshotId());
        body.put("label", snapshot.label());
        body.put("position", snapshot.position());
        body.put("transfersToReverse", plan.transferIds(RollbackPlan.Kind.REVERSE));
        body.put("transfersToRebook", plan.transferIds(RollbackPlan.Kind.REBOOK));
        body.put("orderLinesToWithdraw", lines(plan.lines()));
        body.put("ordersNotRestored", plan.ordersNotRestored());
        body.put("balancesAfter", new TreeMap<>(plan.balancesAfter()).entrySet().stream()
                .map(e -> Map.of("familyId", e.getKey(), "balance", e.getValue())).toList());
        body.put("executable", plan.executable());
        body.put("problems", plan.problems());
        return body;
    }
}
