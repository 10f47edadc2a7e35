package org.schoolhub.operations.migration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.schoolhub.command.web.CommandSender;
import org.schoolhub.personal.MigrationContacts;
import org.schoolhub.query.metrics.MetricsReader;
import org.schoolhub.query.migration.StageMigrations;
import org.schoolhub.shared.commands.AnnounceStageMigration;
import org.schoolhub.shared.commands.PlanStageMigration;
import org.schoolhub.shared.commands.RecordMigrationRehearsal;
import org.schoolhub.shared.commands.TickMigrationCheck;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.MigrationFeature;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.springframework.stereotype.Component;

/** Planning and preparing stage migrations, and showing them with their checklist and signals. */
@Component
class MigrationDesk {

    private final CommandSender commands;
    private final StageMigrations migrations;
    private final MetricsReader metrics;
    private final Checklist checklist;
    private final StopSignals signals;
    private final Watches watches;
    private final MigrationContacts contacts;
    private final Community community;
    private final Clock clock;

    MigrationDesk(CommandSender commands, StageMigrations migrations, MetricsReader metrics, Checklist checklist,
                  StopSignals signals, Watches watches, MigrationContacts contacts, Community community, Clock clock) {
        this.commands = commands;
        this.migrations = migrations;
        this.metrics = metrics;
        this.checklist = checklist;
        this.signals = signals;
        this.watches = watches;
        this.contacts = contacts;
        this.community = community;
        this.clock = clock;
    }

    UUID plan(MigrationRequests.Plan request, Caller caller) {
        int current = metrics.currentStage();
        if (request.toStage() != current + 1) {
            throw new RejectedException(ErrorCode.CONFLICT, "toStage", request.toStage());
        }
        migrations.open().ifPresent(open -> {
            throw new RejectedException(ErrorCode.MIGRATION_IN_PROGRESS, open.migrationId());
        });
        UUID migrationId = UUID.randomUUID();
        List<MigrationFeature> features = request.features().stream()
                .map(f -> new MigrationFeature(f.name().strip(), f.benefit().strip())).toList();
        commands.send(new PlanStageMigration(community.communityId(), migrationId, current, request.toStage(),
                request.scheduledFor(), request.downtimeMinutes(), request.contactEmail().strip(), features), caller,
                ErrorCode.NOT_FOUND);
        return migrationId;
    }

    ChecklistItem tick(UUID migrationId, String item, MigrationRequests.Tick request, Caller caller) {
        commands.send(new TickMigrationCheck(community.communityId(), migrationId, item, request.done(),
                request.note()), caller, ErrorCode.NOT_FOUND);
        return new ChecklistItem(item, false, request.done(), request.note(), caller.userId().toString(),
                clock.instant());
    }

    void rehearse(UUID migrationId, MigrationRequests.Rehearsal request, Caller caller) {
        commands.send(new RecordMigrationRehearsal(community.communityId(), migrationId, request.environment().strip(),
                request.succeeded(), request.notes()), caller, ErrorCode.NOT_FOUND);
    }

    MigrationView.AnnouncementView announce(UUID migrationId, Caller caller) {
        StageMigrations.Migration migration = find(migrationId);
        Instant publishedAt = commands.send(new AnnounceStageMigration(community.communityId(), migrationId), caller,
                ErrorCode.NOT_FOUND);
        return new MigrationView.AnnouncementView(publishedAt, texts(migration));
    }

    MigrationView view(UUID migrationId) {
        return view(find(migrationId));
    }

    List<MigrationView> list() {
        return migrations.list().stream().map(this::view).toList();
    }

    StageMigrations.Migration find(UUID migrationId) {
        return migrations.find(migrationId).orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND));
    }

    private MigrationView view(StageMigrations.Migration m) {
        Instant now = clock.instant();
        return new MigrationView(m.migrationId(), m.fromStage(), m.toStage(), m.status(), m.scheduledFor(),
                m.downtimeMinutes(), migrations.features(m.migrationId()), checklist.of(m, now), signals.now(),
                new MigrationView.AnnouncementView(m.announcedAt(), texts(m)), watches.of(m), m.snapshotId(),
                m.overridden(), m.overrideReason());
    }

    private Map<String, String> texts(StageMigrations.Migration m) {
        return Announcement.texts(new Announcement.Facts(m.toStage(), m.scheduledFor(), community.zone(),
                m.downtimeMinutes(), contacts.of(m.migrationId()).orElse("-"), migrations.features(m.migrationId())));
    }
}
