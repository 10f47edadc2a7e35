package org.schoolhub.query.sel;

import java.time.Instant;
import java.util.UUID;

/** One entry of GET /api/sel/transfers, with that family's balance after it. */
record HistoryEntry(UUID transferId, UUID from, UUID to, long amount, String memo, Instant at, String status,
                    String kind, UUID reverses, long balanceAfter) {

    HistoryEntry withMemo(String text) {
        return new HistoryEntry(transferId, from, to, amount, text, at, status, kind, reverses, balanceAfter);
    }
}
