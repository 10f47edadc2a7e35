package org.schoolhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A real PostgreSQL for one test class, in a schema of its own built by the migrations: the
 * server named by SPRING_DATASOURCE_URL (as in CI), or else an embedded one started once per test
 * JVM. Its own schema keeps the test's rows away from every other test on the same database.
 */
public final class TestDatabase implements AutoCloseable {

    private static EmbeddedPostgres embedded;

    private final String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
    private final DataSource dataSource;
    private final DataSource onDefaultSearchPath;

    public TestDatabase() {
        this(null);
    }

    /** A schema migrated up to and including {@code version} only (all migrations when null): to test a migration itself. */
    public TestDatabase(String version) {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        if (url == null || url.isBlank()) {
            url = embedded().getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        // batches sent as the service sends them (application.yml): inserts rewritten to multi-row ones
        url = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        String inSchema = url + "&currentSchema=" + schema;
        this.dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), inSchema, user, password);
        this.onDefaultSearchPath = new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password);
        migrate(version);
    }

    /** Applies the migrations up to and including {@code version} (all when null). */
    public void migrate(String version) {
        var flyway = Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration");
        if (version != null) {
            flyway.target(version);
        }
        flyway.load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Connections on the server's own search path, {@code public} first, as the service's are. */
    public DataSource onDefaultSearchPath() {
        return onDefaultSearchPath;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    @Override
    public void close() {
        jdbc().execute("drop schema " + schema + " cascade");
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                Path directory = Files.createDirectories(Path.of("target", "test-postgres", UUID.randomUUID().toString()));
                embedded = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embedded;
    }
}
