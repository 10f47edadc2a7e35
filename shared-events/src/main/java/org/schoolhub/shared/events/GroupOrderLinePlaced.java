package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family committed to a quantity (a first line, or a new quantity for its line). */
@Revision("1")
public record GroupOrderLinePlaced(UUID communityId, UUID groupOrderId, UUID familyId, long quantity, long previousQuantity, Instant placedAt) {
}
