package org.schoolhub.shared.commands;

import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Book the opposite movement of a transfer, as a new entry linked to it. */
public record ReverseSelTransfer(@TargetAggregateIdentifier UUID communityId, UUID transferId, UUID reversalId, String reason) implements NamesTransfers {

    @Override
    public List<UUID> namedTransfers() {
        return List.of(transferId);
    }
}
