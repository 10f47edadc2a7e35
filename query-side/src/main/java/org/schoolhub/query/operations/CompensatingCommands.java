package org.schoolhub.query.operations;

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
import org.schoolhub.shared.commands.ReverseSelTransfer;
import org.schoolhub.shared.commands.TransferSelUnits;
import org.schoolhub.shared.values.Caller;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.MetadataKeys;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Sends a rollback plan's commands one after another, each waited for, in the plan's order, as
 * the operator (actor in the metadata) and tagged with the snapshot. Stops at the first refusal:
 * the limits were checked by the plan, so a refusal means someone booked in the meantime.
 */
@Component
class CompensatingCommands {

    /** Metadata key linking every compensating event to the snapshot it rolls back to. */
    static final String ROLLBACK_SNAPSHOT = "rollbackSnapshot";
    private static final int TEXT_MAX = 200;
    private static final long TIMEOUT_SECONDS = 30;

    private final CommandGateway gateway;
    private final Community community;

    CompensatingCommands(CommandGateway gateway, Community community) {
        this.gateway = gateway;
        this.community = community;
    }

    Execution execute(RollbackPlan plan, Snapshot snapshot, String reason, Caller caller) {
        MetaData metaData = MetaData.with(MetadataKeys.ACTOR, caller.userId().toString())
                .and(ROLLBACK_SNAPSHOT, snapshot.snapshotId().toString());
        String why = text("rollback to snapshot " + snapshot.snapshotId()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        List<Map<String, Object>> done = new ArrayList<>();
        for (RollbackPlan.Step step : plan.steps()) {
            UUID newId = UUID.randomUUID();
            Object command = step.kind() == RollbackPlan.Kind.REVERSE
                    ? new ReverseSelTransfer(community.communityId(), step.transferId(), newId, why)
                    : new TransferSelUnits(community.communityId(), newId, step.from(), step.to(), step.amount(),
                    text("re-book of " + step.transferId() + ", " + why));
            String failure = send(command, metaData);
            if (failure != null) {
                return new Execution(done, step.kind() + " " + step.transferId() + ": " + failure);
            }
            done.add(Map.of("kind", step.kind().name(), "transferId", step.transferId(), "newTransferId", newId));
        }
        for (RollbackPlan.LineChange line : plan.lines()) {
            String failure = send(new PlaceGroupOrderLine(line.groupOrderId(), line.familyId(), line.restoreTo()),
                    metaData);
            if (failure != null) {
                return new Execution(done, "order line " + line.groupOrderId() + "/" + line.familyId() + ": " + failure);
            }
            done.add(Map.of("kind", "ORDER_LINE", "groupOrderId", line.groupOrderId(), "familyId", line.familyId(),
                    "quantity", line.restoreTo()));
        }
        return new Execution(done, null);
    }

    /** Sends and waits; the failure as text, or null when it was committed. */
    private String send(Object command, MetaData metaData) {
        try {
            gateway.send(command, metaData).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof RejectedException rejected ? rejected.code().name() : String.valueOf(cause);
        } catch (TimeoutException e) {
            return "no answer within " + TIMEOUT_SECONDS + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String text(String text) {
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }

    /** The commands that were committed, and the failure that stopped the rest (null if none). */
    record Execution(List<Map<String, Object>> done, String failure) {
    }
}
