package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The payer {@code familyId} means to accept: the request checks that it may (still pending, not
 * expired, that family its payer) and answers its terms; it changes nothing until the transfer is booked.
 */
public record PrepareAcceptance(@TargetAggregateIdentifier UUID requestId, UUID familyId) {
}
