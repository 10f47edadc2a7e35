package org.schoolhub.query.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The answer of POST /api/admin/rollback: the plan, and what was done when it was carried out. */
final class RollbackOutcome {

    private RollbackOutcome() {
    }

    static Map<String, Object> dryRun(Snapshot snapshot, RollbackPlan plan) {
        Map<String, Object> body = planView(snapshot, plan);
        body.put("dryRun", true);
        return body;
    }

    static Map<String, Object> executed(Snapshot snapshot, RollbackPlan plan, CompensatingCommands.Execution execution,
                                        List<String> mismatches) {
        Map<String, Object> body = planView(snapshot, plan);
        body.put("dryRun", false);
        body.put("completed", execution.failure() == null);
        body.put("failure", execution.failure());
        body.put("commandsSent", execution.done());
        body.put("balancesMatchSnapshot", mismatches.isEmpty());
        body.put("mismatches", mismatches);
        return body;
    }

    private static Map<String, Object> planView(Snapshot snapshot, RollbackPlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", true);
        body.put("snapshotId", snapshot.snapshotId());
        body.put("label", snapshot.label());
        body.put("position", snapshot.position());
        body.put("transfersToReverse", plan.transferIds(RollbackPlan.Kind.REVERSE));
        body.put("transfersToRebook", plan.transferIds(RollbackPlan.Kind.REBOOK));
        body.put("orderLinesToWithdraw", plan.lines().stream().map(line -> Map.of(
                "groupOrderId", line.groupOrderId(), "familyId", line.familyId(),
                "quantity", line.quantity(), "restoreTo", line.restoreTo())).toList());
        body.put("ordersNotRestored", plan.ordersNotRestored());
        body.put("balancesAfter", new TreeMap<>(plan.balancesAfter()).entrySet().stream()
                .map(e -> Map.of("familyId", e.getKey(), "balance", e.getValue())).toList());
        body.put("executable", plan.executable());
        body.put("problems", plan.problems());
        return body;
    }
}
