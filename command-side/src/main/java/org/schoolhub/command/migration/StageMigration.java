package org.schoolhub.command.migration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.schoolhub.personal.MigrationContacts;
import org.schoolhub.shared.commands.AnnounceStageMigration;
import org.schoolhub.shared.commands.ExecuteStageMigration;
import org.schoolhub.shared.commands.PlanStageMigration;
import org.schoolhub.shared.commands.RecordMigrationRehearsal;
import org.schoolhub.shared.commands.RollBackStageMigration;
import org.schoolhub.shared.commands.StageMigrationId;
import org.schoolhub.shared.commands.TickMigrationCheck;
import org.schoolhub.shared.events.MigrationCheckTicked;
import org.schoolhub.shared.events.MigrationRehearsed;
import org.schoolhub.shared.events.StageMigrationAnnounced;
import org.schoolhub.shared.events.StageMigrationExecuted;
import org.schoolhub.shared.events.StageMigrationPlanned;
import org.schoolhub.shared.events.StageMigrationRolledBack;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.MigrationCheck;
import org.schoolhub.shared.values.RejectedException;

/**
 * One step from a stage to the next (API.md, Stage migrations): planned, prepared (checklist,
 * rehearsals, announcement), executed once, and rolled back only during its watch. Whether the
 * checklist holds is worked out where the read models are; this aggregate keeps the life cycle.
 */
@Aggregate
public class StageMigration {

    enum Status { PLANNED, DONE, ROLLED_BACK }

    @AggregateIdentifier
    private String migrationId;
    private int fromStage;
    private int toStage;
    private Status status;
    private Instant publishedAt;
    private Instant watchUntil;
    private UUID snapshotId;

    /** Axon creates the aggregate through this constructor, then replays its events. */
    protected StageMigration() {
    }

    @CommandHandler
    StageMigration(PlanStageMigration command, MigrationContacts contacts, Clock clock) {
        requireNextStage(command.fromStage(), command.toStage());
        contacts.keep(command.migrationId(), command.communityId(), command.contactEmail());
        apply(new StageMigrationPlanned(command.communityId(), command.migrationId(), command.fromStage(),
                command.toStage(), command.scheduledFor(), command.downtimeMinutes(), List.copyOf(command.features()),
                clock.instant()));
    }

    @CommandHandler
    void handle(TickMigrationCheck command, Clock clock) {
        MigrationCheck item = MigrationCheck.named(command.item())
                .orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND));
        if (item.automatic()) {
            throw new RejectedException(ErrorCode.CONFLICT, "checklist item", item.key() + " is worked out by the service");
        }
        requirePlanned();
        apply(new MigrationCheckTicked(command.communityId(), command.migrationId(), item.key(), command.done(),
                command.note(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordMigrationRehearsal command, Clock clock) {
        requirePlanned();
        apply(new MigrationRehearsed(command.communityId(), command.migrationId(), command.environment(),
                command.succeeded(), command.notes(), clock.instant()));
    }

    /** Publishing again changes nothing: the notice counts from the first publication, which it answers. */
    @CommandHandler
    Instant handle(AnnounceStageMigration command, Clock clock) {
        requirePlanned();
        if (publishedAt == null) {
            apply(new StageMigrationAnnounced(command.communityId(), command.migrationId(), clock.instant()));
        }
        return publishedAt;
    }

    @CommandHandler
    void handle(ExecuteStageMigration command, Clock clock) {
        requirePlanned();
        boolean justified = command.override() && command.reason() != null && !command.reason().isBlank();
        if (!justified && !command.openItems().isEmpty()) {
            throw new RejectedException(ErrorCode.CHECKLIST_INCOMPLETE, String.join(", ", command.openItems()));
        }
        if (!justified && !command.activeSignals().isEmpty()) {
            throw new RejectedException(ErrorCode.STOP_SIGNAL, String.join(", ", command.activeSignals()));
        }
        boolean overridden = !command.openItems().isEmpty() || !command.activeSignals().isEmpty();
        apply(new StageMigrationExecuted(command.communityId(), command.migrationId(), fromStage, toStage,
                command.snapshotId(), overridden, overridden ? command.reason().strip() : null,
                List.copyOf(command.openItems()), List.copyOf(command.activeSignals()), command.p95BeforeMs(),
                command.errorRateBefore(), clock.instant(), command.watchUntil()));
    }

    @CommandHandler
    void handle(RollBackStageMigration command, Clock clock) {
        if (status != Status.DONE) {
            throw new RejectedException(ErrorCode.CONFLICT, "migration", "is not executed");
        }
        if (!clock.instant().isBefore(watchUntil)) {
            throw new RejectedException(ErrorCode.CONFLICT, "migration", "its watch ended at " + watchUntil);
        }
        apply(new StageMigrationRolledBack(command.communityId(), command.migrationId(), snapshotId,
                command.rollbackId(), command.reason(), clock.instant()));
    }

    private static void requireNextStage(int from, int to) {
        if (to != from + 1 || from < 0 || to > 4) {
            throw new RejectedException(ErrorCode.CONFLICT, "toStage", to);
        }
    }

    private void requirePlanned() {
        if (status != Status.PLANNED) {
            throw new RejectedException(ErrorCode.CONFLICT, "migration", "is " + status);
        }
    }

    @EventSourcingHandler
    void on(StageMigrationPlanned event) {
        migrationId = StageMigrationId.of(event.migrationId());
        fromStage = event.fromStage();
        toStage = event.toStage();
        status = Status.PLANNED;
    }

    @EventSourcingHandler
    void on(StageMigrationAnnounced event) {
        publishedAt = event.publishedAt();
    }

    @EventSourcingHandler
    void on(StageMigrationExecuted event) {
        status = Status.DONE;
        snapshotId = event.snapshotId();
        watchUntil = event.watchUntil();
    }

    @EventSourcingHandler
    void on(StageMigrationRolledBack event) {
        status = Status.ROLLED_BACK;
    }
}
