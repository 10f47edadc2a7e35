package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The order missed its minimum when it closed; every line is released. */
@Revision("1")
public record GroupOrderCancelled(UUID communityId, UUID groupOrderId, long totalQuantity, boolean atDeadline, Instant closedAt) {
}
