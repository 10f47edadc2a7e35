package org.schoolhub.query.sel;

import java.time.Instant;
import java.util.UUID;

/** One entry of GET /api/sel/transfers, with that family's balance after it and the other family. */
record HistoryEntry(UUID transferId, UUID from, UUID to, long amount, String memo, Instant at, String status,
                    String kind, UUID reverses, long balanceAfter, Counterparty counterparty) {

    HistoryEntry withMemoAndCounterparty(String text, Counterparty other) {
        return new HistoryEntry(transferId, from, to, amount, text, at, status, kind, reverses, balanceAfter, other);
    }

    /** The other party, seen from that family. */
    UUID counterpartyOf(UUID family) {
        return family.equals(from) ? to : from;
    }
}
