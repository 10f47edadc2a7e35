package org.schoolhub.query.sel;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;

/**
 * Each family's history: one row per movement it took part in, with its balance right after.
 * Rows are keyed by (movement, family), so an event handled twice inserts nothing new.
 */
@Projection(value = SelHistoryProjection.NAME, tables = {"sel_entry"})
class SelHistoryProjection {

    static final String NAME = "sel-history";

    private static final String INSERT = """
            insert into sel_entry (family_id, transfer_id, payer, payee, amount, booked_at, status, kind, reverses,
                                   balance_after, event_position)
            values (?, ?, ?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?)
            on conflict (transfer_id, family_id) do nothing""";

    private final BatchedWrites writes;

    SelHistoryProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SelTransferCompleted event, @SequenceNumber long sequence) {
        entry(event.from(), event.transferId(), event.from(), event.to(), event.amount(), event.bookedAt(),
                "TRANSFER", null, event.fromBalance(), sequence);
        entry(event.to(), event.transferId(), event.from(), event.to(), event.amount(), event.bookedAt(),
                "TRANSFER", null, event.toBalance(), sequence);
    }

    @EventHandler
    void on(SelTransferReversed event, @SequenceNumber long sequence) {
        entry(event.from(), event.reversalId(), event.from(), event.to(), event.amount(), event.bookedAt(),
                "REVERSAL", event.originalTransferId(), event.fromBalance(), sequence);
        entry(event.to(), event.reversalId(), event.from(), event.to(), event.amount(), event.bookedAt(),
                "REVERSAL", event.originalTransferId(), event.toBalance(), sequence);
        writes.add("update sel_entry set status = 'REVERSED' where transfer_id = ?", event.originalTransferId());
    }

    /** One row of one family's history: a movement it took part in and its balance after it. */
    private void entry(UUID familyId, UUID movementId, UUID payer, UUID payee, long amount, Instant bookedAt,
                       String kind, UUID reverses, long balanceAfter, long sequence) {
        writes.add(INSERT, familyId, movementId, payer, payee, amount, Timestamps.of(bookedAt), kind, reverses,
                balanceAfter, sequence);
    }
}
