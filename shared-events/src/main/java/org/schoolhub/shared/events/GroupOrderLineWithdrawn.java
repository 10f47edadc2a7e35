package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family withdrew its line (quantity 0) while the order was open. */
@Revision("1")
public record GroupOrderLineWithdrawn(UUID communityId, UUID groupOrderId, UUID familyId, long previousQuantity, Instant withdrawnAt) {
}
