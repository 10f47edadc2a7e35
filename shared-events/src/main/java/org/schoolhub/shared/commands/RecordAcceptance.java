package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The ledger booked the request's transfer: the request is accepted. */
public record RecordAcceptance(@TargetAggregateIdentifier UUID requestId, UUID transferId) {
}
