package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family (the payee, {@code to}) asked another ({@code from}) to pay it; the memo lives beside the personal data. */
@Revision("1")
public record PaymentRequested(UUID communityId, UUID requestId, UUID from, UUID to, long amount, Instant expiresAt,
                               Instant requestedAt) {
}
