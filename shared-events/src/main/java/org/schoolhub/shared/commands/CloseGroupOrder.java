package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close an order now: confirmed if it reached its minimum, cancelled otherwise. */
public record CloseGroupOrder(@TargetAggregateIdentifier UUID groupOrderId) {
}
