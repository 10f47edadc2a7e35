package org.schoolhub.command.grouporder;

import java.util.UUID;

/** What placing or withdrawing a line answers: the family's quantity and the order's new total. */
public record LineResult(UUID groupOrderId, UUID familyId, long quantity, long totalQuantity) {
}
