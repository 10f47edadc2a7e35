package org.schoolhub.operations.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The report of an import or a dry run (API.md, Stage 0 → 1 import), as answered and as kept.
 * Ids, counts and codes only: no personal data, so it can be kept and shown to any operator.
 */
record ImportReport(UUID importId, boolean dryRun, boolean alreadyImported, String status, Instant startedAt,
                    UUID snapshotId, SourceFile source, TableReport tables, List<ImportPlan.RowProblem> problems,
                    Checksums checksum) {

    /** The file imported: its SHA-256, its schema version and where its backup copy is. */
    record SourceFile(String sha256, String schemaVersion, String backup) {
    }

    record TableReport(ImportPlan.TableCounts families, ImportPlan.TableCounts users, ImportPlan.TableCounts children) {
    }

    /** From the source after the documented normalisations, and from what the ledger then held. */
    record Checksums(String source, String imported, boolean match) {

        static Checksums of(String source, String imported) {
            return new Checksums(source, imported, source.equals(imported));
        }
    }

    ImportReport withStatus(String newStatus) {
        return new ImportReport(importId, dryRun, alreadyImported, newStatus, startedAt, snapshotId, source, tables,
                problems, checksum);
    }
}
