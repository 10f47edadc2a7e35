package org.schoolhub.query.grouporder;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.shared.events.GroupOrderCancelled;
import org.schoolhub.shared.events.GroupOrderConfirmed;
import org.schoolhub.shared.events.GroupOrderLinePaid;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.schoolhub.shared.values.Community;

/**
 * Group orders with their lines, totals and payments (tables in migrations V4). Every write is
 * idempotent: a line remembers the order's event sequence it last applied, a closing only moves an
 * OPEN order, a payment is keyed by its reference, and totals are recomputed, never added to.
 */
@Projection(value = GroupOrderProjection.NAME, tables = {"group_order_payment", "group_order_line", "group_order"})
class GroupOrderProjection {

    static final String NAME = "group-orders";

    private static final String PLACE = """
            insert into group_order_line (group_order_id, family_id, community_id, quantity, placed_at, placed_month,
                                          updated_at, paid_cents, last_sequence)
            values (?, ?, ?, ?, ?, ?, ?, 0, ?)
            on conflict (group_order_id, family_id) do update
               set quantity = excluded.quantity,
                   placed_at = case when group_order_line.quantity = 0 then excluded.placed_at
                                    else group_order_line.placed_at end,
                   placed_month = case when group_order_line.quantity = 0 then excluded.placed_month
                                       else group_order_line.placed_month end,
                   updated_at = excluded.updated_at,
                   withdrawn_at = null,
                   last_sequence = excluded.last_sequence
             where group_order_line.last_sequence < excluded.last_sequence""";
    private static final String WITHDRAW = """
            update group_order_line set quantity = 0, updated_at = ?, withdrawn_at = ?, last_sequence = ?
             where group_order_id = ? and family_id = ? and last_sequence < ?""";
    private static final String TOTAL = """
            update group_order
               set total_quantity = (select coalesce(sum(quantity), 0) from group_order_line where group_order_id = ?)
             where group_order_id = ? and status = 'OPEN'""";
    private static final String CLOSE = """
            update group_order set status = ?, total_quantity = ?, closed_at = ?, closed_at_deadline = ?
             where group_order_id = ? and status = 'OPEN'""";
    private static final String PAY = """
            insert into group_order_payment (group_order_id, family_id, reference, amount_cents, paid_at)
            values (?, ?, ?, ?, ?) on conflict do nothing""";
    private static final String PAID = """
            update group_order_line
               set paid_cents = (select coalesce(sum(amount_cents), 0) from group_order_payment
                                  where group_order_id = ? and family_id = ?)
             where group_order_id = ? and family_id = ?""";

    private final BatchedWrites writes;
    private final Community community;

    GroupOrderProjection(BatchedWrites writes, Community community) {
        this.writes = writes;
        this.community = community;
    }

    @EventHandler
    void on(GroupOrderOpened event) {
        writes.add("""
                insert into group_order (group_order_id, community_id, title, unit_price_cents, min_quantity, deadline,
                                         status, total_quantity, opened_at)
                values (?, ?, ?, ?, ?, ?, 'OPEN', 0, ?) on conflict (group_order_id) do nothing""",
                event.groupOrderId(), event.communityId(), event.title(), event.unitPriceCents(), event.minQuantity(),
                Timestamps.of(event.deadline()), Timestamps.of(event.openedAt()));
    }

    @EventHandler
    void on(GroupOrderLinePlaced event, @SequenceNumber long sequence) {
        writes.add(PLACE, event.groupOrderId(), event.familyId(), event.communityId(), event.quantity(),
                Timestamps.of(event.placedAt()), monthOf(event.placedAt()), Timestamps.of(event.placedAt()), sequence);
        recomputeTotal(event.groupOrderId());
    }

    @EventHandler
    void on(GroupOrderLineWithdrawn event, @SequenceNumber long sequence) {
        writes.add(WITHDRAW, Timestamps.of(event.withdrawnAt()), Timestamps.of(event.withdrawnAt()), sequence,
                event.groupOrderId(), event.familyId(), sequence);
        recomputeTotal(event.groupOrderId());
    }

    @EventHandler
    void on(GroupOrderConfirmed event) {
        writes.add(CLOSE, "CONFIRMED", event.totalQuantity(), Timestamps.of(event.closedAt()), event.atDeadline(),
                event.groupOrderId());
    }

    @EventHandler
    void on(GroupOrderCancelled event) {
        writes.add(CLOSE, "CANCELLED", event.totalQuantity(), Timestamps.of(event.closedAt()), event.atDeadline(),
                event.groupOrderId());
    }

    @EventHandler
    void on(GroupOrderLinePaid event) {
        writes.add(PAY, event.groupOrderId(), event.familyId(), event.reference(), event.amountCents(),
                Timestamps.of(event.paidAt()));
        writes.add(PAID, event.groupOrderId(), event.familyId(), event.groupOrderId(), event.familyId());
    }

    private void recomputeTotal(UUID groupOrderId) {
        writes.add(TOTAL, groupOrderId, groupOrderId);
    }

    /** The calendar month of the community (Europe/Brussels by default), as the metrics count them. */
    private String monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(community.zone())).toString();
    }
}
