package org.schoolhub.command.paymentrequest;

import java.time.Instant;
import java.util.UUID;

import org.schoolhub.shared.values.PaymentRequestTerms;

/** A payment request as its writing endpoints answer it; {@code transferId} is set once it is accepted. */
record PaymentRequestAnswer(UUID requestId, String status, UUID from, UUID to, long amount, String memo,
                            Instant expiresAt, Instant requestedAt, UUID transferId) {

    static PaymentRequestAnswer of(PaymentRequestTerms terms, String memo) {
        return new PaymentRequestAnswer(terms.requestId(), terms.status(), terms.from(), terms.to(), terms.amount(),
                memo == null ? "" : memo, terms.expiresAt(), terms.requestedAt(), terms.transferId());
    }
}
