package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payee {@code familyId} withdraws a pending request. */
public record CancelPaymentRequest(@TargetAggregateIdentifier UUID requestId, UUID familyId) {
}
