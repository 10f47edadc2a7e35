package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The order, still open, closes soon: its families are told (their last chance to change a line). */
@Revision("1")
public record GroupOrderDeadlineApproached(UUID communityId, UUID groupOrderId, Instant deadline, Instant at) {
}
