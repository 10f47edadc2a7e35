package org.schoolhub.command.grouporder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST /api/group-orders/{id}/lines/{familyId}/payment. */
public record PaymentRequest(@NotNull @Min(1) @Max(OrderTerms.MAX_PAYMENT_CENTS) Long amountCents,
                             @NotBlank @Size(max = OrderTerms.MAX_REFERENCE) String reference) {
}
