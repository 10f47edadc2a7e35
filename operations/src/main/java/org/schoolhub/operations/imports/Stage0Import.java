package org.schoolhub.operations.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.schoolhub.operations.snapshot.RollbackSnapshots;
import org.schoolhub.personal.ImportedPersonalData;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Stage 0 → 1 import, in the order the stage rules ask: the file checked and backed up, the
 * plan made from the source alone, then either rehearsed on a throwaway schema (dry run) or, after
 * a snapshot of the ledger, written: the id map first (so a rollback finds everything even after
 * a failure), staff logins, then the families by commands. One import at a time per node.
 */
@Component
class Stage0Import {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Stage0Import.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ImportRecords records;
    private final ImportRehearsal rehearsal;
    private final ImportCommands commands;
    private final ObjectProvider<RollbackSnapshots> snapshots;
    private final Community community;
    private final ImportSettings settings;
    private final Clock clock;

    Stage0Import(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json, ImportRehearsal rehearsal,
                 ImportCommands commands, ObjectProvider<RollbackSnapshots> snapshots, Community community,
                 ImportSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.records = new ImportRecords(jdbc, json);
        this.rehearsal = rehearsal;
        this.commands = commands;
        this.snapshots = snapshots;
        this.community = community;
        this.settings = settings;
        this.clock = clock;
    }

    synchronized ImportReport run(Path file, boolean dryRun, Caller caller) {
        Stage0Data data = read(file);
        String sha256 = SourceBackup.sha256(file);
        Path backup = SourceBackup.keep(file, sha256, settings.backupDirectory());
        UUID importId = UUID.randomUUID();
        Instant startedAt = clock.instant();
        UUID communityId = community.communityId();
        boolean fileImported = records.fileImported(communityId, sha256);
        ImportPlan plan = new ImportPlanner(importId, startedAt.atZone(community.zone()).getYear(),
                emailsInUse(data), records.alreadyImported(communityId)).plan(data);
        String sourceChecksum = Canonical.checksum(plan.canonical());
        ImportReport.SourceFile source = new ImportReport.SourceFile(sha256, data.schemaVersion(), backup.toString());
        ImportReport.TableReport tables = new ImportReport.TableReport(plan.families(), plan.users(), plan.children());
        if (dryRun) {
            String imported = rehearsal.rehearse(importId, communityId, sha256, plan, startedAt);
            ImportReport report = new ImportReport(importId, true, fileImported, ImportRecords.DRY_RUN, startedAt, null,
                    source, tables, plan.problems(), ImportReport.Checksums.of(sourceChecksum, imported));
            transactions.executeWithoutResult(s -> {
                records.start(importId, communityId, sha256, true, startedAt, List.of());
                records.finish(report);
            });
            return report;
        }
        RollbackSnapshots snapshotter = snapshots.getIfAvailable();
        if (snapshotter == null) {
            throw new RejectedException(ErrorCode.SERVICE_UNAVAILABLE);
        }
        UUID snapshotId = snapshotter.take("before Stage-0 import " + importId);
        transactions.executeWithoutResult(s -> {
            records.start(importId, communityId, sha256, false, startedAt, plan.rows());
            if (!plan.newStaff().isEmpty()) {
                new ImportedPersonalData(jdbc).staff(plan.newStaff());
            }
        });
        ImportReport report = new ImportReport(importId, false, fileImported, ImportRecords.RUNNING, startedAt,
                snapshotId, source, tables, plan.problems(), null);
        long began = System.nanoTime();
        try {
            commands.importFamilies(importId, plan.newFamilies(), caller);
        } catch (RuntimeException e) {
            records.finish(report.withStatus(ImportRecords.FAILED));
            throw e;
        }
        long written = System.nanoTime();
        ImportReport done = new ImportReport(importId, false, fileImported, ImportRecords.IMPORTED, startedAt, snapshotId,
                source, tables, plan.problems(), ImportReport.Checksums.of(sourceChecksum, ImportedChecksum.of(jdbc, importId)));
        records.finish(done);
        LOG.info("Stage-0 import {}: {} families written in {} ms, checked in {} ms, checksums {}", importId,
                plan.newFamilies().size(), (written - began) / 1_000_000, (System.nanoTime() - written) / 1_000_000,
                done.checksum().match() ? "match" : "DIFFER");
        return done;
    }

    private static Stage0Data read(Path file) {
        try (Connection sqlite = Stage0File.open(file)) {
            return Stage0Reader.read(sqlite);
        } catch (SQLException e) {
            throw Stage0File.invalid("SQLite cannot read it (" + e.getMessage() + ")");
        }
    }

    private Set<String> emailsInUse(Stage0Data data) {
        List<String> keys = data.users().stream().filter(u -> u.email() != null)
                .map(u -> ImportedPersonalData.emailKey(u.email())).distinct().toList();
        return new HashSet<>(new ImportedPersonalData(jdbc).emailsInUse(keys));
    }
}
