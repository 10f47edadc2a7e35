package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A coordinator opened a group order: it goes ahead only if the families commit to minQuantity in total by the deadline. */
@Revision("1")
public record GroupOrderOpened(UUID communityId, UUID groupOrderId, String title, long unitPriceCents, long minQuantity, Instant deadline, Instant openedAt) {
}
