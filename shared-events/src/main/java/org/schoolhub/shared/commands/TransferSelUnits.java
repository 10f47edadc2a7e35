package org.schoolhub.shared.commands;

import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move units from one family to another; transferId, chosen by the client, makes it idempotent. */
public record TransferSelUnits(@TargetAggregateIdentifier UUID communityId, UUID transferId, UUID from, UUID to, long amount, String memo) implements NamesTransfers {

    @Override
    public List<UUID> namedTransfers() {
        return List.of(transferId);
    }
}
