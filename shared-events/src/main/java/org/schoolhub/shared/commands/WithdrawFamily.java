package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a family; its SEL balance must be zero. */
public record WithdrawFamily(@TargetAggregateIdentifier UUID familyId, UUID communityId) {
}
