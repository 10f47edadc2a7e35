package org.schoolhub.query.metrics;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.shared.events.CommunityStageAdvanced;
import org.schoolhub.shared.events.CommunityStageReturned;
import org.schoolhub.shared.events.IndicatorRecorded;

/**
 * The community's current stage, every change of it, and the latest value of each reported indicator. Writes are
 * guarded by the progress aggregate's sequence number: an event handled twice changes nothing.
 */
@Projection(value = CommunityProgressProjection.NAME, tables = {"metric_indicator", "community_stage",
        "community_stage_history"})
class CommunityProgressProjection {

    static final String NAME = "community-progress";

    private final BatchedWrites writes;

    CommunityProgressProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(IndicatorRecorded event, @SequenceNumber long sequence) {
        writes.add("""
                insert into metric_indicator (name, value, recorded_at, last_sequence) values (?, ?, ?, ?)
                on conflict (name) do update
                   set value = excluded.value, recorded_at = excluded.recorded_at, last_sequence = excluded.last_sequence
                 where metric_indicator.last_sequence < excluded.last_sequence""",
                event.name(), event.value(), Timestamps.of(event.recordedAt()), sequence);
    }

    @EventHandler
    void on(CommunityStageAdvanced event, @SequenceNumber long sequence) {
        writes.add("""
                insert into community_stage (community_id, stage, advanced_at, overridden, reason, snapshot_id,
                                             last_sequence)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (community_id) do update
                   set stage = excluded.stage, advanced_at = excluded.advanced_at, overridden = excluded.overridden,
                       reason = excluded.reason, snapshot_id = excluded.snapshot_id,
                       last_sequence = excluded.last_sequence
                 where community_stage.last_sequence < excluded.last_sequence""",
                event.communityId(), event.toStage(), Timestamps.of(event.advancedAt()), event.overridden(),
                event.reason(), event.snapshotId(), sequence);
        history(event.communityId(), sequence, event.fromStage(), event.toStage(), event.advancedAt(),
                event.overridden(), event.reason());
    }

    /** A rolled back migration: the stage before, the advance's snapshot no longer the last. */
    @EventHandler
    void on(CommunityStageReturned event, @SequenceNumber long sequence) {
        writes.add("""
                update community_stage set stage = ?, advanced_at = ?, overridden = false, reason = ?, snapshot_id = null,
                       last_sequence = ?
                 where community_id = ? and last_sequence < ?""",
                event.toStage(), Timestamps.of(event.returnedAt()), event.reason(), sequence, event.communityId(),
                sequence);
        history(event.communityId(), sequence, event.fromStage(), event.toStage(), event.returnedAt(), false,
                event.reason());
    }

    private void history(UUID community, long sequence, int from, int to, Instant at,
                         boolean overridden, String reason) {
        writes.add("""
                insert into community_stage_history (community_id, sequence, from_stage, to_stage, changed_at,
                                                     overridden, reason)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                community, sequence, from, to, Timestamps.of(at), overridden, reason);
    }
}
