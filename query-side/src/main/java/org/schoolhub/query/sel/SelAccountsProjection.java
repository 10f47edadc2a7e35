package org.schoolhub.query.sel;

import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.shared.events.SelAccountClosed;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;

/**
 * Current balance and transfer count per family. Each row remembers the ledger sequence number
 * it last applied, so an event handled twice changes nothing. Balances come from the events
 * themselves (the ledger computed them), not from adding amounts up here.
 */
@Projection(value = SelAccountsProjection.NAME, tables = {"sel_account"})
class SelAccountsProjection {

    static final String NAME = "sel-accounts";

    private static final String APPLY = """
            insert into sel_account (family_id, community_id, balance, transfer_count, closed, last_sequence)
            values (?, ?, ?, ?, ?, ?)
            on conflict (family_id) do update
               set balance = excluded.balance,
                   transfer_count = sel_account.transfer_count + excluded.transfer_count,
                   closed = excluded.closed or sel_account.closed,
                   last_sequence = excluded.last_sequence
             where sel_account.last_sequence < excluded.last_sequence""";

    private final BatchedWrites writes;

    SelAccountsProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SelAccountOpened event, @SequenceNumber long sequence) {
        apply(event.familyId(), event.communityId(), 0, 0, false, sequence);
    }

    @EventHandler
    void on(SelAccountClosed event, @SequenceNumber long sequence) {
        apply(event.familyId(), event.communityId(), 0, 0, true, sequence);
    }

    @EventHandler
    void on(SelTransferCompleted event, @SequenceNumber long sequence) {
        apply(event.from(), event.communityId(), event.fromBalance(), 1, false, sequence);
        apply(event.to(), event.communityId(), event.toBalance(), 1, false, sequence);
    }

    @EventHandler
    void on(SelTransferReversed event, @SequenceNumber long sequence) {
        apply(event.from(), event.communityId(), event.fromBalance(), 1, false, sequence);
        apply(event.to(), event.communityId(), event.toBalance(), 1, false, sequence);
    }

    /**
     * The events of one batch fold into one row per family: the latest balance, the entries
     * added up, closed once closed, the latest sequence number. A replay then writes each account
     * once per batch, not twice per transfer.
     */
    private void apply(UUID familyId, UUID communityId, long balance, int entries, boolean closed, long sequence) {
        writes.merge(APPLY, familyId, new Object[] {familyId, communityId, balance, entries, closed, sequence},
                (earlier, later) -> new Object[] {familyId, communityId, later[2],
                        (int) earlier[3] + (int) later[3], (boolean) earlier[4] || (boolean) later[4], later[5]});
    }
}
