package org.schoolhub.command.ledger;

import jakarta.validation.constraints.Size;

/** The body of POST /api/sel/transfers/{transferId}/reversal. */
public record ReversalRequest(@Size(max = 200) String reason) {
}
