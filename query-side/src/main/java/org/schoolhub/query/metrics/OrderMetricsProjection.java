package org.schoolhub.query.metrics;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.values.Community;

/**
 * Group-order lines for "orders per month": a line counts in the month it was placed, as long
 * as it is not withdrawn; a new quantity on a standing line does not move it. Each row keeps the
 * order's sequence number it last applied, so an event handled twice changes nothing.
 */
@Projection(value = OrderMetricsProjection.NAME, tables = {"metric_order_line"})
class OrderMetricsProjection {

    static final String NAME = "metric-orders";

    private static final String PLACED = """
            insert into metric_order_line (group_order_id, family_id, month, placed_at, withdrawn, last_sequence)
            values (?, ?, ?, ?, false, ?)
            on conflict (group_order_id, family_id) do update
               set month = case when metric_order_line.withdrawn then excluded.month else metric_order_line.month end,
                   placed_at = case when metric_order_line.withdrawn then excluded.placed_at
                                    else metric_order_line.placed_at end,
                   withdrawn = false,
                   last_sequence = excluded.last_sequence
             where metric_order_line.last_sequence < excluded.last_sequence""";

    private final BatchedWrites writes;
    private final Community community;

    OrderMetricsProjection(BatchedWrites writes, Community community) {
        this.writes = writes;
        this.community = community;
    }

    @EventHandler
    void on(GroupOrderLinePlaced event, @SequenceNumber long sequence) {
        writes.add(PLACED, event.groupOrderId(), event.familyId(), MetricTime.month(event.placedAt(), community.zone()),
                Timestamps.of(event.placedAt()), sequence);
    }

    @EventHandler
    void on(GroupOrderLineWithdrawn event, @SequenceNumber long sequence) {
        writes.add("""
                update metric_order_line set withdrawn = true, last_sequence = ?
                 where group_order_id = ? and family_id = ? and last_sequence < ?""",
                sequence, event.groupOrderId(), event.familyId(), sequence);
    }
}
