package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set a family's quantity on an open order; 0 withdraws the line. */
public record PlaceGroupOrderLine(@TargetAggregateIdentifier UUID groupOrderId, UUID familyId, long quantity) {
}
