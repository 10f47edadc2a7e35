package org.schoolhub.shared.commands;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a group order (coordinators). */
public record OpenGroupOrder(@TargetAggregateIdentifier UUID groupOrderId, UUID communityId, String title, long unitPriceCents, long minQuantity, Instant deadline) {
}
