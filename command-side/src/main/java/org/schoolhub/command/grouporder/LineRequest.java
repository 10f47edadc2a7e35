package org.schoolhub.command.grouporder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of PUT /api/group-orders/{id}/lines/{familyId}; 0 withdraws the line. */
public record LineRequest(@NotNull @Min(0) @Max(OrderTerms.MAX_LINE_QUANTITY) Long quantity) {
}
