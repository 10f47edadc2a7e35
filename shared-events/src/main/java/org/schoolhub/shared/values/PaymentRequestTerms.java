package org.schoolhub.shared.values;

import java.time.Instant;
import java.util.UUID;

/**
 * What a payment request answers about itself: its terms and where it stands; {@code repeated}
 * is true when the same request had been made before and nothing new was stored.
 */
public record PaymentRequestTerms(UUID requestId, UUID from, UUID to, long amount, Instant expiresAt,
                                  Instant requestedAt, String status, UUID transferId, boolean repeated) {

    /** The transfer that pays a request: derived from it, so that a retried acceptance books it once. */
    public static UUID transferIdFor(UUID requestId) {
        return UUID.nameUUIDFromBytes(("payment-request:" + requestId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
