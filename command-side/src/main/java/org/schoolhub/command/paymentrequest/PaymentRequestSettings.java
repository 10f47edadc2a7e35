package org.schoolhub.command.paymentrequest;

import java.time.Duration;

/** How long a payment request waits for its answer when the payee names no expiry. */
public record PaymentRequestSettings(Duration defaultExpiry) {
}
