package org.schoolhub.query.metrics;

import org.axonframework.eventhandling.EventHandler;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;
import org.schoolhub.shared.values.Community;

/**
 * Completed SEL transfers by month of booking, for the transfer and volume metrics. Keyed by
 * transfer id, so an event handled twice changes nothing; a reversal is no transfer of its own
 * and takes the original out of the counts.
 */
@Projection(value = SelMetricsProjection.NAME, tables = {"metric_sel_transfer"})
class SelMetricsProjection {

    static final String NAME = "metric-sel";

    private final BatchedWrites writes;
    private final Community community;

    SelMetricsProjection(BatchedWrites writes, Community community) {
        this.writes = writes;
        this.community = community;
    }

    @EventHandler
    void on(SelTransferCompleted event) {
        writes.add("""
                insert into metric_sel_transfer (transfer_id, month, amount, booked_at) values (?, ?, ?, ?)
                on conflict (transfer_id) do nothing""",
                event.transferId(), MetricTime.month(event.bookedAt(), community.zone()), event.amount(),
                Timestamps.of(event.bookedAt()));
    }

    @EventHandler
    void on(SelTransferReversed event) {
        writes.add("update metric_sel_transfer set reversed = true where transfer_id = ?", event.originalTransferId());
    }
}
