package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The payee withdrew its request before it was answered; nothing was booked. */
@Revision("1")
public record PaymentRequestCancelled(UUID communityId, UUID requestId, UUID from, UUID to, Instant cancelledAt) {
}
