package org.schoolhub.operations.migration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.schoolhub.command.web.CommandSender;
import org.schoolhub.operations.rollback.RollbackToSnapshot;
import org.schoolhub.operations.stage.StageAdvance;
import org.schoolhub.query.metrics.ResponseTimes;
import org.schoolhub.query.migration.StageMigrations;
import org.schoolhub.shared.commands.ExecuteStageMigration;
import org.schoolhub.shared.commands.ReturnCommunityStage;
import org.schoolhub.shared.commands.RollBackStageMigration;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.springframework.stereotype.Component;

/**
 * Carrying a migration out and rolling it back. Execution: the checklist and the stop signals
 * hold (or an override with a reason), then the stage advance takes its snapshot and moves the
 * stage, then the migration records the snapshot and the response figures its watch compares
 * against. Rollback, during the watch only: compensating events back to that snapshot, then the
 * stage back, then the migration marked rolled back.
 */
@Component
class MigrationExecution {

    private static final Duration WINDOW = Duration.ofHours(24);

    private final MigrationDesk desk;
    private final Checklist checklist;
    private final StopSignals signals;
    private final StageAdvance stages;
    private final RollbackToSnapshot rollbacks;
    private final ResponseTimes responseTimes;
    private final CommandSender commands;
    private final Community community;
    private final MigrationSettings settings;
    private final Clock clock;

    MigrationExecution(MigrationDesk desk, Checklist checklist, StopSignals signals, StageAdvance stages,
                       RollbackToSnapshot rollbacks, ResponseTimes responseTimes, CommandSender commands,
                       Community community, MigrationSettings settings, Clock clock) {
        this.desk = desk;
        this.checklist = checklist;
        this.signals = signals;
        this.stages = stages;
        this.rollbacks = rollbacks;
        this.responseTimes = responseTimes;
        this.commands = commands;
        this.community = community;
        this.settings = settings;
        this.clock = clock;
    }

    Executed execute(UUID migrationId, boolean override, String reason, Caller caller) {
        StageMigrations.Migration migration = desk.find(migrationId);
        if (!"PLANNED".equals(migration.status())) {
            throw new RejectedException(ErrorCode.CONFLICT, "migration", "is " + migration.status());
        }
        Instant now = clock.instant();
        List<String> open = Checklist.open(checklist.of(migration, now));
        List<String> active = StopSignals.active(signals.now());
        boolean justified = override && reason != null && !reason.isBlank();
        if (!justified && !open.isEmpty()) {
            throw new RejectedException(ErrorCode.CHECKLIST_INCOMPLETE, String.join(", ", open));
        }
        if (!justified && !active.isEmpty()) {
            throw new RejectedException(ErrorCode.STOP_SIGNAL, String.join(", ", active));
        }
        ResponseTimes.Figures before = responseTimes.since(now.minus(WINDOW));
        StageAdvance.Outcome advance = stages.advance(migration.toStage(), justified, reason, caller);
        Instant watchUntil = now.plus(settings.watch());
        commands.send(new ExecuteStageMigration(community.communityId(), migrationId, advance.snapshotId(), justified,
                reason, open, active, before.p95Ms(), before.errorRate(), watchUntil), caller, ErrorCode.NOT_FOUND);
        return new Executed(migrationId, "DONE", migration.fromStage(), migration.toStage(), advance.snapshotId(),
                !open.isEmpty() || !active.isEmpty(), open, active, new MigrationView.Watch(watchUntil,
                before.p95Ms(), null, before.errorRate(), null, false));
    }

    RolledBack rollBack(UUID migrationId, String reason, Caller caller) {
        StageMigrations.Migration migration = desk.find(migrationId);
        if (!"DONE".equals(migration.status())) {
            throw new RejectedException(ErrorCode.CONFLICT, "migration", "is " + migration.status());
        }
        if (!clock.instant().isBefore(migration.watchUntil())) {
            throw new RejectedException(ErrorCode.CONFLICT, "migration", "its watch ended at " + migration.watchUntil());
        }
        RollbackToSnapshot.Result result = rollbacks.rollBack(migration.snapshotId(), reason, caller);
        if (!result.completed()) {
            throw new RejectedException(ErrorCode.ROLLBACK_NOT_POSSIBLE, result.failure());
        }
        commands.send(new ReturnCommunityStage(community.communityId(), migration.toStage(), migrationId, reason),
                caller, ErrorCode.NOT_FOUND);
        commands.send(new RollBackStageMigration(community.communityId(), migrationId, result.rollbackId(), reason),
                caller, ErrorCode.NOT_FOUND);
        return new RolledBack(migrationId, "ROLLED_BACK", migration.fromStage(), migration.snapshotId(),
                result.rollbackId(), result.balancesMatchSnapshot(), result.mismatches());
    }

    /** The answer of an execution. */
    record Executed(UUID migrationId, String status, int fromStage, int toStage, UUID snapshotId, boolean overridden,
                    List<String> openItems, List<String> activeSignals, MigrationView.Watch watch) {
    }

    /** The answer of a rollback: the stage the community is back at and whether every balance is the snapshot's. */
    record RolledBack(UUID migrationId, String status, int stage, UUID snapshotId, UUID rollbackId,
                      boolean balancesMatchSnapshot, List<String> mismatches) {
    }
}
