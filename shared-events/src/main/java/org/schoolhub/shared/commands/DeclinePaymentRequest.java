package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payer {@code familyId} declines a pending request. */
public record DeclinePaymentRequest(@TargetAggregateIdentifier UUID requestId, UUID familyId) {
}
