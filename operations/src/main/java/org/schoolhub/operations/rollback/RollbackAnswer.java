package org.schoolhub.operations.rollback;

import java.util.List;
import java.util.UUID;

/** The answer of POST /api/admin/rollback: the plan of a dry run, or the plan and what a real run did. */
sealed interface RollbackAnswer {

    /** A dry run: what a rollback to the snapshot would book, and the balances it would leave. */
    record DryRun(boolean dryRun, UUID snapshotId, String label, long position, List<UUID> transfersToReverse,
                  List<UUID> transfersToRebook, List<RollbackPlan.LineChange> orderLinesToWithdraw,
                  List<UUID> ordersNotRestored, List<Balance> balancesAfter, boolean executable,
                  List<String> problems) implements RollbackAnswer {
    }

    /**
     * A real run: the plan's lists as booked, the commands committed, where it stopped (failure,
     * null when it completed) and whether every balance is the snapshot's again.
     */
    record Executed(boolean dryRun, UUID snapshotId, String label, long position, List<UUID> transfersToReverse,
                    List<UUID> transfersToRebook, List<RollbackPlan.LineChange> orderLinesToWithdraw,
                    List<UUID> ordersNotRestored, List<Balance> balancesAfter, boolean executable,
                    List<String> problems, UUID rollbackId, boolean completed, String failure,
                    List<CommandSent> commandsSent, boolean balancesMatchSnapshot,
                    List<String> mismatches) implements RollbackAnswer {
    }

    /** One family's balance after the rollback. */
    record Balance(UUID familyId, long balance) {
    }
}
