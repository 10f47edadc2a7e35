package org.schoolhub.operations.imports;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.schoolhub.support.projection.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports' own tables (stage0_import, stage0_import_row) on one JdbcTemplate: the service's,
 * or a rehearsal's throwaway schema.
 */
final class ImportRecords {

    static final String RUNNING = "RUNNING";
    static final String IMPORTED = "IMPORTED";
    static final String FAILED = "FAILED";
    static final String ROLLED_BACK = "ROLLED_BACK";
    static final String DRY_RUN = "DRY_RUN";
    /** Rows of these imports exist in the ledger (or may, for a failed one, until it is rolled back). */
    private static final String LIVE = "('" + RUNNING + "', '" + IMPORTED + "', '" + FAILED + "')";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ImportRecords(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void start(UUID importId, UUID communityId, String sha256, boolean dryRun, Instant at,
               List<ImportPlan.MappedRow> rows) {
        jdbc.update("""
                insert into stage0_import (import_id, community_id, source_sha256, dry_run, status, started_at)
                values (?, ?, ?, ?, ?, ?)""", importId, communityId, sha256, dryRun, dryRun ? DRY_RUN : RUNNING,
                Timestamps.of(at));
        jdbc.batchUpdate("insert into stage0_import_row (import_id, source_table, source_id, ledger_id) values (?, ?, ?, ?)",
                rows.stream().map(r -> new Object[]{importId, r.table(), r.sourceId(), r.ledgerId()}).toList());
    }

    void finish(ImportReport report) {
        jdbc.update("update stage0_import set status = ?, report = ? where import_id = ?", report.status(),
                json.writeValueAsString(report), report.importId());
    }

    /** The source rows that imports still in the ledger brought, by table. */
    Map<String, Set<Long>> alreadyImported(UUID communityId) {
        Map<String, Set<Long>> rows = new HashMap<>();
        jdbc.query("select r.source_table, r.source_id from stage0_import_row r join stage0_import i using (import_id)"
                + " where i.community_id = ? and i.status in " + LIVE, rs -> {
            rows.computeIfAbsent(rs.getString(1), t -> new HashSet<>()).add(rs.getLong(2));
        }, communityId);
        return rows;
    }

    boolean fileImported(UUID communityId, String sha256) {
        Integer count = jdbc.queryForObject("select count(*) from stage0_import where community_id = ? and source_sha256 = ?"
                + " and status in " + LIVE, Integer.class, communityId, sha256);
        return count != null && count > 0;
    }

    Optional<ImportReport> report(UUID importId) {
        return jdbc.queryForList("select report from stage0_import where import_id = ? and report is not null",
                String.class, importId).stream().findFirst().map(text -> json.readValue(text, ImportReport.class));
    }

    List<ImportReport> reports(UUID communityId) {
        return jdbc.queryForList("select report from stage0_import where community_id = ? and report is not null"
                        + " order by started_at desc", String.class, communityId).stream()
                .map(text -> json.readValue(text, ImportReport.class)).toList();
    }

    List<UUID> ledgerIds(UUID importId, String table) {
        return jdbc.queryForList("select ledger_id from stage0_import_row where import_id = ? and source_table = ?"
                + " order by source_id", UUID.class, importId, table);
    }
}
