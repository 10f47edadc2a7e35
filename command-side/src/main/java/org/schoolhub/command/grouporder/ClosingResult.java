package org.schoolhub.command.grouporder;

import java.util.UUID;

/** What closing an order answers: CONFIRMED or CANCELLED, and the total it closed with. */
public record ClosingResult(UUID groupOrderId, String status, long totalQuantity) {
}
