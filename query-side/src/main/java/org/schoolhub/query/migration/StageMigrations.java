package org.schoolhub.query.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.schoolhub.shared.values.MigrationFeature;
import org.schoolhub.support.projection.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the stage migrations' read model. */
@Component
public class StageMigrations {

    private static final String COLUMNS = """
            migration_id, from_stage, to_stage, status, scheduled_for, downtime_minutes, planned_at, announced_at,
            executed_at, watch_until, snapshot_id, overridden, override_reason, p95_before_ms, error_rate_before,
            rolled_back_at""";

    private final JdbcTemplate jdbc;

    StageMigrations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Migration> find(UUID migrationId) {
        return jdbc.query("select " + COLUMNS + " from stage_migration where migration_id = ?", this::row, migrationId)
                .stream().findFirst();
    }

    /** Newest first. */
    public List<Migration> list() {
        return jdbc.query("select " + COLUMNS + " from stage_migration order by planned_at desc", this::row);
    }

    /** The one still being prepared, if any. */
    public Optional<Migration> open() {
        return jdbc.query("select " + COLUMNS + " from stage_migration where status = 'PLANNED' order by planned_at desc",
                this::row).stream().findFirst();
    }

    /** The last one executed and not rolled back: the stage advance the watch and the signals look back to. */
    public Optional<Migration> lastExecuted() {
        return jdbc.query("select " + COLUMNS + " from stage_migration where status = 'DONE' order by executed_at desc",
                this::row).stream().findFirst();
    }

    public List<MigrationFeature> features(UUID migrationId) {
        return jdbc.query("select name, benefit from stage_migration_feature where migration_id = ? order by position",
                (rs, n) -> new MigrationFeature(rs.getString(1), rs.getString(2)), migrationId);
    }

    /** The manual items as last ticked, by item name. */
    public Map<String, Tick> ticks(UUID migrationId) {
        return jdbc.query("select item, done, note, done_by, done_at from stage_migration_check where migration_id = ?",
                (rs, n) -> new Tick(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        Timestamps.instant(rs.getTimestamp(5))), migrationId)
                .stream().collect(Collectors.toMap(Tick::item, t -> t));
    }

    public List<Rehearsal> rehearsals(UUID migrationId) {
        return jdbc.query("""
                select environment, succeeded, notes, rehearsed_at from stage_migration_rehearsal
                 where migration_id = ? order by sequence""",
                (rs, n) -> new Rehearsal(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        Timestamps.instant(rs.getTimestamp(4))), migrationId);
    }

    private Migration row(ResultSet rs, int row) throws SQLException {
        return new Migration(rs.getObject("migration_id", UUID.class), rs.getInt("from_stage"), rs.getInt("to_stage"),
                rs.getString("status"), instant(rs, "scheduled_for"), rs.getInt("downtime_minutes"),
                instant(rs, "planned_at"), instant(rs, "announced_at"), instant(rs, "executed_at"),
                instant(rs, "watch_until"), rs.getObject("snapshot_id", UUID.class),
                rs.getObject("overridden", Boolean.class), rs.getString("override_reason"),
                rs.getObject("p95_before_ms", Double.class), rs.getObject("error_rate_before", Double.class),
                instant(rs, "rolled_back_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : Timestamps.instant(value);
    }

    /** One migration as the read model has it. */
    public record Migration(UUID migrationId, int fromStage, int toStage, String status, Instant scheduledFor,
                            int downtimeMinutes, Instant plannedAt, Instant announcedAt, Instant executedAt,
                            Instant watchUntil, UUID snapshotId, Boolean overridden, String overrideReason,
                            Double p95BeforeMs, Double errorRateBefore, Instant rolledBackAt) {
    }

    /** A manual item as last ticked; {@code doneBy} is the actor's user id. */
    public record Tick(String item, boolean done, String note, String doneBy, Instant doneAt) {
    }

    /** One rehearsal. */
    public record Rehearsal(String environment, boolean succeeded, String notes, Instant rehearsedAt) {
    }
}
