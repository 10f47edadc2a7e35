package org.schoolhub.query.grouporder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A group order as GET /api/group-orders shows it, with the lines the caller may see. */
record GroupOrderView(UUID groupOrderId, String title, long unitPriceCents, long minQuantity, Instant deadline,
                      String status, long totalQuantity, List<Line> lines, Instant openedAt, Instant closedAt,
                      Boolean closedAtDeadline) {

    /** One family's line: its quantity and whether it has paid what it owes. */
    record Line(UUID familyId, long quantity, boolean paid, long paidCents, long dueCents) {
    }
}
