package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Nobody answered the request before its expiry (its persistent deadline fired); nothing was booked. */
@Revision("1")
public record PaymentRequestExpired(UUID communityId, UUID requestId, UUID from, UUID to, Instant expiredAt) {
}
