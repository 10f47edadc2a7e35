package org.schoolhub.command.grouporder;

import java.net.URI;

/**
 * What a {@link PaymentGateway} answers: RECORDED with the line's payment state, or PENDING with
 * the address where the family completes an online payment (recorded later by a webhook).
 */
public record PaymentOutcome(State state, PaymentResult recorded, URI checkoutUrl) {

    public static PaymentOutcome recorded(PaymentResult result) {
        return new PaymentOutcome(State.RECORDED, result, null);
    }

    public static PaymentOutcome pending(URI checkoutUrl) {
        return new PaymentOutcome(State.PENDING, null, checkoutUrl);
    }

    /** Whether the money is booked yet. */
    public enum State {
        RECORDED, PENDING
    }
}
