package org.schoolhub.operations.migration;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.schoolhub.operations.rollback.RollbackRehearsals;
import org.schoolhub.operations.snapshot.JdbcRollbackSnapshots;
import org.schoolhub.operations.snapshot.Snapshot;
import org.schoolhub.query.metrics.StageGateReport;
import org.schoolhub.query.metrics.StageGates;
import org.schoolhub.query.migration.StageMigrations;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.MigrationCheck;
import org.springframework.stereotype.Component;

/**
 * Works out a migration's checklist: the automatic items from what the service knows now (the
 * gate, the date in the community's time zone, the announcement, the newest backup and its
 * rehearsed rollback, the rehearsals), the manual ones as coordinators last ticked them.
 */
@Component
class Checklist {

    static final Duration BACKUP_AGE = Duration.ofHours(24);
    static final int REHEARSALS = 3;

    private final StageGateReport gates;
    private final StageMigrations migrations;
    private final JdbcRollbackSnapshots snapshots;
    private final RollbackRehearsals rollbackRehearsals;
    private final Community community;
    private final MigrationSettings settings;

    Checklist(StageGateReport gates, StageMigrations migrations, JdbcRollbackSnapshots snapshots,
              RollbackRehearsals rollbackRehearsals, Community community, MigrationSettings settings) {
        this.gates = gates;
        this.migrations = migrations;
        this.snapshots = snapshots;
        this.rollbackRehearsals = rollbackRehearsals;
        this.community = community;
        this.settings = settings;
    }

    List<ChecklistItem> of(StageMigrations.Migration migration, Instant now) {
        List<ChecklistItem> items = new ArrayList<>();
        items.add(gateReady(migration));
        items.add(weekendWindow(migration.scheduledFor(), community.zone()));
        items.add(announcedWithNotice(migration.announcedAt(), migration.scheduledFor(), settings.noticeDays()));
        Optional<Snapshot> backup = snapshots.newest().filter(s -> s.takenAt().isAfter(now.minus(BACKUP_AGE)));
        boolean verified = backup.isPresent() && snapshots.reproduces(backup.get());
        items.add(backupVerified(backup, verified));
        items.add(rehearsed(migration));
        items.add(rollbackRehearsed(backup, verified));
        Map<String, StageMigrations.Tick> ticks = migrations.ticks(migration.migrationId());
        for (MigrationCheck check : MigrationCheck.values()) {
            if (!check.automatic()) {
                StageMigrations.Tick tick = ticks.get(check.key());
                items.add(tick == null ? new ChecklistItem(check.key(), false, false, "not ticked yet", null, null)
                        : new ChecklistItem(check.key(), false, tick.done(), tick.note(), tick.doneBy(), tick.doneAt()));
            }
        }
        return items;
    }

    /** The items not done, by name. */
    static List<String> open(List<ChecklistItem> items) {
        return items.stream().filter(i -> !i.done()).map(ChecklistItem::item).toList();
    }

    private ChecklistItem gateReady(StageMigrations.Migration migration) {
        StageGates.GateResult gate = gates.now().gateFrom(migration.fromStage());
        if (gate == null) {
            return ChecklistItem.computed(MigrationCheck.GATE_READY.key(), false, "no gate out of stage "
                    + migration.fromStage());
        }
        List<String> unmet = gate.criteria().stream().filter(c -> !c.met())
                .map(c -> c.metric() + " " + c.actual() + " (needs " + c.comparator() + " " + c.target() + ")").toList();
        return ChecklistItem.computed(MigrationCheck.GATE_READY.key(), gate.ready(),
                gate.ready() ? "every criterion of gate " + gate.from() + " → " + gate.to() + " is met"
                        : "not met: " + String.join(", ", unmet));
    }

    static ChecklistItem weekendWindow(Instant scheduledFor, ZoneId zone) {
        ZonedDateTime local = scheduledFor.atZone(zone);
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        return ChecklistItem.computed(MigrationCheck.WEEKEND_WINDOW.key(), weekend,
                "scheduled for " + local.getDayOfWeek() + " " + local.toLocalDateTime() + " (" + zone + ")");
    }

    static ChecklistItem announcedWithNotice(Instant announced, Instant scheduledFor, int noticeDays) {
        if (announced == null) {
            return ChecklistItem.computed(MigrationCheck.ANNOUNCED_WITH_NOTICE.key(), false, "not announced yet");
        }
        Duration notice = Duration.between(announced, scheduledFor);
        boolean enough = notice.compareTo(Duration.ofDays(noticeDays)) >= 0;
        return ChecklistItem.computed(MigrationCheck.ANNOUNCED_WITH_NOTICE.key(), enough, "announced " + announced
                + ", " + notice.toDays() + " days before; " + noticeDays + " needed");
    }

    private static ChecklistItem backupVerified(Optional<Snapshot> backup, boolean verified) {
        String detail = backup.map(s -> "snapshot " + s.snapshotId() + " taken " + s.takenAt()
                        + (verified ? ", checksum reproduced" : ", checksum NOT reproduced by the event log"))
                .orElse("no snapshot taken in the last 24 hours");
        return ChecklistItem.computed(MigrationCheck.BACKUP_VERIFIED.key(), verified, detail);
    }

    private ChecklistItem rehearsed(StageMigrations.Migration migration) {
        long succeeded = migrations.rehearsals(migration.migrationId()).stream()
                .filter(StageMigrations.Rehearsal::succeeded).count();
        return ChecklistItem.computed(MigrationCheck.REHEARSED_THREE_TIMES.key(), succeeded >= REHEARSALS,
                succeeded + " successful rehearsals of " + REHEARSALS + " needed");
    }

    private ChecklistItem rollbackRehearsed(Optional<Snapshot> backup, boolean verified) {
        boolean rehearsed = verified && rollbackRehearsals.rehearsed(backup.get().snapshotId());
        String detail = backup.isEmpty() || !verified ? "no verified backup to roll back to"
                : rehearsed ? "a rollback dry run against snapshot " + backup.get().snapshotId() + " was run"
                : "no rollback dry run against snapshot " + backup.get().snapshotId() + " yet";
        return ChecklistItem.computed(MigrationCheck.ROLLBACK_REHEARSED.key(), rehearsed, detail);
    }
}
