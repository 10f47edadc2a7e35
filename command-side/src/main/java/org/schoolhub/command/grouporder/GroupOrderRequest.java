package org.schoolhub.command.grouporder;

import java.time.Instant;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST /api/group-orders. */
public record GroupOrderRequest(@NotBlank @Size(max = OrderTerms.MAX_TITLE) String title,
                                @NotNull @Min(1) @Max(OrderTerms.MAX_UNIT_PRICE_CENTS) Long unitPriceCents,
                                @NotNull @Min(1) @Max(OrderTerms.MAX_MIN_QUANTITY) Long minQuantity,
                                @NotNull @Future Instant deadline) {
}
