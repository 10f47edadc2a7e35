package org.schoolhub.command.grouporder;

import java.util.UUID;

/**
 * A line's payment state after a payment was recorded; {@code repeated} is true when that
 * reference had already been recorded and nothing new was stored.
 */
public record PaymentResult(UUID groupOrderId, UUID familyId, String reference, long amountCents,
                            long paidCents, long dueCents, boolean repeated) {

    public boolean paid() {
        return paidCents >= dueCents;
    }
}
