package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The order reached its minimum when it closed, by hand or at its deadline. */
@Revision("1")
public record GroupOrderConfirmed(UUID communityId, UUID groupOrderId, long totalQuantity, boolean atDeadline, Instant closedAt) {
}
