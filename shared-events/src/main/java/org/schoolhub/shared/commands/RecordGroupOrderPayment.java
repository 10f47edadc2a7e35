package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a payment for a confirmed line. */
public record RecordGroupOrderPayment(@TargetAggregateIdentifier UUID groupOrderId, UUID familyId, long amountCents, String reference) {
}
