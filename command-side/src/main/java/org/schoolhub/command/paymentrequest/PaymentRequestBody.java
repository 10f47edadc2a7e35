package org.schoolhub.command.paymentrequest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST /api/sel/payment-requests: {@code to} (the payee) asks {@code from} to pay; no expiry → the default. */
public record PaymentRequestBody(@NotNull UUID requestId,
                                 @NotNull UUID from,
                                 @NotNull UUID to,
                                 @NotNull @Min(1) @Max(100_000) Long amount,
                                 @Size(max = 200) String memo,
                                 @Future Instant expiresAt) {
}
