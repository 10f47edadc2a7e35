package org.schoolhub.shared.commands;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Book the transfer that pays a payment request, as the ledger books any transfer, but only
 * before {@code notAfter} (the request's expiry): the ledger's clock decides, in the same
 * transaction as the booking, so no transfer for an expired request is ever booked.
 */
public record PayPaymentRequest(@TargetAggregateIdentifier UUID communityId, UUID requestId, UUID transferId,
                                UUID from, UUID to, long amount, String memo, Instant notAfter)
        implements NamesTransfers {

    @Override
    public List<UUID> namedTransfers() {
        return List.of(transferId);
    }
}
