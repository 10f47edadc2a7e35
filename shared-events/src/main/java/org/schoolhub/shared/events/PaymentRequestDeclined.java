package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The payer declined the request; nothing was booked. */
@Revision("1")
public record PaymentRequestDeclined(UUID communityId, UUID requestId, UUID from, UUID to, Instant declinedAt) {
}
