package org.schoolhub.shared.commands;

import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Bring every balance of the ledger back to what it was after its event {@code afterSequence} (a
 * rollback snapshot's point), in one step: every transfer booked since is reversed and every older
 * transfer reversed since is booked again, newest first. Refused, changing nothing, unless the
 * balances then equal {@code balancesAtSnapshot} (absent means 0). {@code rollbackId} names the
 * compensations it books; {@code reason} is their memo.
 */
public record RollBackSelLedger(@TargetAggregateIdentifier UUID communityId, UUID rollbackId, UUID snapshotId,
                                long afterSequence, Map<UUID, Long> balancesAtSnapshot, String reason) {

    public RollBackSelLedger {
        balancesAtSnapshot = Map.copyOf(balancesAtSnapshot);
    }
}
