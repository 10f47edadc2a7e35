package org.schoolhub.operations.rollback;

import org.schoolhub.operations.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.schoolhub.shared.commands.PlaceGroupOrderLine;
import org.schoolhub.shared.commands.RollBackSelLedger;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.LedgerRollbackReceipt;
import org.schoolhub.shared.values.MetadataKeys;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Sends a rollback's commands, as the operator (actor in the metadata) and tagged with the
 * snapshot: first the one ledger command that undoes every SEL movement since the snapshot, all
 * or nothing, then one command per order line to set back, each waited for. Setting a line to a
 * quantity is idempotent, so a rollback cut off among its lines is finished by running it again.
 */
@Component
class CompensatingCommands {

    /** Metadata key linking every compensating event to the snapshot it rolls back to. */
    private static final int TEXT_MAX = 200;
    private static final long LINE_TIMEOUT_SECONDS = 30;
    /** One command undoes everything booked since the snapshot: it may take longer than one transfer. */
    private static final long LEDGER_TIMEOUT_SECONDS = 300;

    private final CommandGateway gateway;
    private final Community community;

    CompensatingCommands(CommandGateway gateway, Community community) {
        this.gateway = gateway;
        this.community = community;
    }

    /**
     * Rolls the ledger back to the balances it had after its event {@code afterSequence}. A refusal
     * (ROLLBACK_NOT_POSSIBLE when a limit or a withdrawn family is in the way) changed nothing and is
     * thrown; any other failure is returned, to be reported.
     */
    LedgerStep rollBackLedger(UUID rollbackId, Snapshot snapshot, long afterSequence, Map<UUID, Long> balances,
                              String reason, Caller caller) {
        RollBackSelLedger command = new RollBackSelLedger(community.communityId(), rollbackId, snapshot.snapshotId(),
                afterSequence, balances, why(snapshot, reason));
        try {
            LedgerRollbackReceipt receipt = gateway.<LedgerRollbackReceipt>send(command, metaData(snapshot, caller))
                    .get(LEDGER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new LedgerStep(receipt, null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RejectedException rejected) {
                throw rejected;
            }
            return new LedgerStep(null, "ledger: " + e.getCause());
        } catch (TimeoutException e) {
            return new LedgerStep(null, "ledger: no answer within " + LEDGER_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LedgerStep(null, "ledger: interrupted");
        }
    }

    /** Sets each line back, in order; stops at the first that fails. */
    Execution setBack(List<RollbackPlan.LineChange> lines, Snapshot snapshot, Caller caller) {
        MetaData metaData = metaData(snapshot, caller);
        List<CommandSent> done = new ArrayList<>();
        for (RollbackPlan.LineChange line : lines) {
            String failure = send(new PlaceGroupOrderLine(line.groupOrderId(), line.familyId(), line.restoreTo()),
                    metaData);
            if (failure != null) {
                return new Execution(done, "order line " + line.groupOrderId() + "/" + line.familyId() + ": " + failure);
            }
            done.add(CommandSent.orderLine(line));
        }
        return new Execution(done, null);
    }

    /** Sends and waits; the failure as text, or null when it was committed. */
    private String send(Object command, MetaData metaData) {
        try {
            gateway.send(command, metaData).get(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof RejectedException rejected ? rejected.code().name() : String.valueOf(cause);
        } catch (TimeoutException e) {
            return "no answer within " + LINE_TIMEOUT_SECONDS + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static MetaData metaData(Snapshot snapshot, Caller caller) {
        return MetaData.with(MetadataKeys.ACTOR, caller.userId().toString())
                .and(MetadataKeys.ROLLBACK_SNAPSHOT, snapshot.snapshotId().toString());
    }

    private static String why(Snapshot snapshot, String reason) {
        String text = "rollback to snapshot " + snapshot.snapshotId()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }

    /** The ledger's answer, or why there is none. */
    record LedgerStep(LedgerRollbackReceipt receipt, String failure) {
    }

    /** The commands that were committed, and the failure that stopped the rest (null if none). */
    record Execution(List<CommandSent> done, String failure) {
    }
}
