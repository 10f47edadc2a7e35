package org.schoolhub.query.paymentrequest;

import java.time.Instant;
import java.util.UUID;

/** One payment request as GET /api/sel/payment-requests lists it; {@code transferId} once accepted. */
record PaymentRequestView(UUID requestId, String status, UUID from, UUID to, long amount, String memo,
                          Instant expiresAt, Instant requestedAt, Instant answeredAt, UUID transferId) {
}
