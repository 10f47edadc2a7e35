package org.schoolhub.command.grouporder;

import java.net.URI;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of POST /api/group-orders/{id}/lines/{familyId}/payment: the amounts when the
 * payment was recorded, the checkout address when the family still has to pay online.
 */
record PaymentAnswer(UUID groupOrderId, UUID familyId, String status,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Long amountCents,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String reference,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Long paidCents,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Long dueCents,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Boolean paid,
                     @JsonInclude(JsonInclude.Include.NON_NULL) URI checkoutUrl) {

    static PaymentAnswer of(UUID groupOrderId, UUID familyId, PaymentOutcome outcome) {
        PaymentResult result = outcome.recorded();
        return new PaymentAnswer(groupOrderId, familyId, outcome.state().name(),
                result == null ? null : result.amountCents(),
                result == null ? null : result.reference(),
                result == null ? null : result.paidCents(),
                result == null ? null : result.dueCents(),
                result == null ? null : result.paid(),
                outcome.checkoutUrl());
    }
}
