package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A coordinator recorded a payment for a confirmed line (money in euro cents). */
@Revision("1")
public record GroupOrderLinePaid(UUID communityId, UUID groupOrderId, UUID familyId, long amountCents, String reference, Instant paidAt) {
}
