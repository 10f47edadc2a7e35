package org.schoolhub.operations.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.schoolhub.personal.ImportedPersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dry run: the import's writes, every row of personal data and of its id map, on a throwaway
 * schema of the same PostgreSQL server, migrated from scratch by the same Flyway scripts, then
 * read back for the checksum and dropped. The ledger's own tables are never touched. (Events
 * are not rehearsed: they carry only ids, which the id map already holds.)
 */
@Component
class ImportRehearsal {

    private final DataSource dataSource;
    private final JsonMapper json;

    ImportRehearsal(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Rehearses the plan; returns the checksum of what the throwaway schema then held. */
    String rehearse(UUID importId, UUID communityId, String sha256, ImportPlan plan, Instant at) {
        String schema = "stage0_rehearsal_" + importId.toString().replace("-", "");
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set search_path to " + schema);
                }
                try {
                    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                    new ImportRecords(jdbc, json).start(importId, communityId, sha256, true, at, plan.rows());
                    ImportedPersonalData writes = new ImportedPersonalData(jdbc);
                    writes.staff(plan.newStaff());
                    writes.families(communityId, plan.newFamilies());
                    return ImportedChecksum.of(jdbc, importId);
                } finally {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("reset search_path");
                    }
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rehearsal schema could not be used: " + e.getMessage(), e);
        } finally {
            new JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
        }
    }
}
