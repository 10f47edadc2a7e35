package org.schoolhub.shared.commands;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payee {@code to} asks {@code from} to pay; requestId, chosen by the client, makes it idempotent. */
public record RequestPayment(@TargetAggregateIdentifier UUID requestId, UUID communityId, UUID from, UUID to,
                             long amount, String memo, Instant expiresAt) {
}
