package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A transfer was reversed by an opposite movement (from is the original payee). The balances are those right after the reversal. */
@Revision("1")
public record SelTransferReversed(UUID communityId, UUID reversalId, UUID originalTransferId, UUID from, UUID to, long amount, long fromBalance, long toBalance, Instant bookedAt) {
}
