package org.schoolhub.command.paymentrequest;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of a payment request's expiry, stored (serialized) in the scheduled_tasks table until
 * it fires. Pending rows name this class: moving or renaming it needs a migration of those rows.
 */
public record PaymentRequestExpiry(UUID requestId, Instant expiresAt) {
}
