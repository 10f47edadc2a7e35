package org.schoolhub.query.migration;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.schoolhub.shared.events.MigrationCheckTicked;
import org.schoolhub.shared.events.MigrationRehearsed;
import org.schoolhub.shared.events.StageMigrationAnnounced;
import org.schoolhub.shared.events.StageMigrationExecuted;
import org.schoolhub.shared.events.StageMigrationPlanned;
import org.schoolhub.shared.events.StageMigrationRolledBack;
import org.schoolhub.shared.values.MetadataKeys;
import org.schoolhub.shared.values.MigrationFeature;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;

/**
 * The stage migrations as coordinators follow them: status, dates, features, ticked items and
 * rehearsals. Every write is guarded by the migration's event sequence: handled twice, an event
 * changes nothing.
 */
@Projection(value = StageMigrationProjection.NAME, tables = {"stage_migration", "stage_migration_feature",
        "stage_migration_check", "stage_migration_rehearsal"})
class StageMigrationProjection {

    static final String NAME = "stage-migrations";

    private final BatchedWrites writes;

    StageMigrationProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(StageMigrationPlanned event, @SequenceNumber long sequence) {
        writes.add("""
                insert into stage_migration (migration_id, community_id, from_stage, to_stage, status, scheduled_for,
                                             downtime_minutes, planned_at, last_sequence)
                values (?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?) on conflict (migration_id) do nothing""",
                event.migrationId(), event.communityId(), event.fromStage(), event.toStage(),
                Timestamps.of(event.scheduledFor()), event.downtimeMinutes(), Timestamps.of(event.plannedAt()), sequence);
        int position = 0;
        for (MigrationFeature feature : event.features()) {
            writes.add("""
                    insert into stage_migration_feature (migration_id, position, name, benefit) values (?, ?, ?, ?)
                    on conflict do nothing""", event.migrationId(), position++, feature.name(), feature.benefit());
        }
    }

    @EventHandler
    void on(MigrationCheckTicked event, @SequenceNumber long sequence, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        writes.add("""
                insert into stage_migration_check (migration_id, item, done, note, done_by, done_at, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (migration_id, item) do update
                   set done = excluded.done, note = excluded.note, done_by = excluded.done_by,
                       done_at = excluded.done_at, last_sequence = excluded.last_sequence
                 where stage_migration_check.last_sequence < excluded.last_sequence""",
                event.migrationId(), event.item(), event.done(), event.note(), actor, Timestamps.of(event.tickedAt()),
                sequence);
    }

    @EventHandler
    void on(MigrationRehearsed event, @SequenceNumber long sequence) {
        writes.add("""
                insert into stage_migration_rehearsal (migration_id, sequence, environment, succeeded, notes, rehearsed_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.migrationId(), sequence, event.environment(), event.succeeded(), event.notes(),
                Timestamps.of(event.rehearsedAt()));
    }

    @EventHandler
    void on(StageMigrationAnnounced event, @SequenceNumber long sequence) {
        writes.add("""
                update stage_migration set announced_at = ?, last_sequence = ?
                 where migration_id = ? and last_sequence < ?""",
                Timestamps.of(event.publishedAt()), sequence, event.migrationId(), sequence);
    }

    @EventHandler
    void on(StageMigrationExecuted event, @SequenceNumber long sequence) {
        writes.add("""
                update stage_migration set status = 'DONE', executed_at = ?, watch_until = ?, snapshot_id = ?,
                       overridden = ?, override_reason = ?, p95_before_ms = ?, error_rate_before = ?, last_sequence = ?
                 where migration_id = ? and last_sequence < ?""",
                Timestamps.of(event.executedAt()), Timestamps.of(event.watchUntil()), event.snapshotId(),
                event.overridden(), event.reason(), event.p95BeforeMs(), event.errorRateBefore(), sequence,
                event.migrationId(), sequence);
    }

    @EventHandler
    void on(StageMigrationRolledBack event, @SequenceNumber long sequence) {
        writes.add("""
                update stage_migration set status = 'ROLLED_BACK', rolled_back_at = ?, last_sequence = ?
                 where migration_id = ? and last_sequence < ?""",
                Timestamps.of(event.rolledBackAt()), sequence, event.migrationId(), sequence);
    }
}
