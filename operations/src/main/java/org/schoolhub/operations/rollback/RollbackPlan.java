package org.schoolhub.operations.rollback;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a rollback to a snapshot does: the compensating SEL steps in the order they run, the
 * order lines to set back, and the balances they lead to. Executable only without problems.
 */
record RollbackPlan(List<Step> steps, List<LineChange> lines, List<UUID> ordersNotRestored,
                    Map<UUID, Long> balancesAfter, List<String> problems) {

    RollbackPlan {
        steps = List.copyOf(steps);
        lines = List.copyOf(lines);
        ordersNotRestored = List.copyOf(ordersNotRestored);
        balancesAfter = Map.copyOf(balancesAfter);
        problems = List.copyOf(problems);
    }

    boolean executable() {
        return problems.isEmpty();
    }

    List<UUID> transferIds(Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).map(Step::transferId).toList();
    }

    enum Kind {
        /** Reverse a transfer booked since the snapshot. */
        REVERSE,
        /** Book again a transfer (older than the snapshot) whose reversal came after it. */
        REBOOK
    }

    /** Units move {@code from} → {@code to}; {@code transferId} is the transfer undone or booked again. */
    record Step(Kind kind, UUID transferId, UUID from, UUID to, long amount) {
    }

    /** Set a family's line on an open order from {@code quantity} back to {@code restoreTo}. */
    record LineChange(UUID groupOrderId, UUID familyId, long quantity, long restoreTo) {
    }
}
