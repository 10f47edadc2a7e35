package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The payer accepted: the ledger booked {@code transferId} for the request's amount. */
@Revision("1")
public record PaymentRequestAccepted(UUID communityId, UUID requestId, UUID from, UUID to, UUID transferId,
                                     long amount, Instant acceptedAt) {
}
