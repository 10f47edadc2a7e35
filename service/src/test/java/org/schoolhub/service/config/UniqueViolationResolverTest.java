package org.schoolhub.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event store's resolver, on errors PostgreSQL really raises: only a unique violation is a
 * duplicate (a concurrent write, retried), a full disk or another constraint never is.
 */
class UniqueViolationResolverTest extends ApiTest {

    @Autowired
    PersistenceExceptionResolver resolver;
    @Autowired
    DataSource dataSource;

    @Test
    void a_unique_violation_is_a_duplicate_also_inside_a_jdbc_batch() throws Exception {
        assertThat(resolver.isDuplicateKeyViolation(failure("insert into probe values (1, 'a'), (1, 'b')"))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(batchFailure(1, 1))).isTrue();
    }

    @Test
    void a_full_disk_is_not_a_duplicate() throws Exception {
        SQLException diskFull = failure("do $$ begin raise exception 'could not extend file \"base/5/16385\": "
                + "No space left on device' using errcode = '53100'; end $$");
        assertThat(diskFull.getSQLState()).isEqualTo("53100");
        assertThat(resolver.isDuplicateKeyViolation(diskFull)).isFalse();
    }

    @Test
    void other_constraint_violations_are_not_duplicates() throws Exception {
        assertThat(resolver.isDuplicateKeyViolation(failure("insert into probe values (2, null)"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(failure("insert into probe values (3, 'toolong')"))).isFalse();
    }

    /** What PostgreSQL answers to {@code sql} against a fresh temporary table. */
    private SQLException failure(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            createProbe(statement);
            statement.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("PostgreSQL accepted " + sql);
    }

    private SQLException batchFailure(int firstId, int secondId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            createProbe(statement);
            try (PreparedStatement insert = connection.prepareStatement("insert into probe values (?, 'x')")) {
                insert.setInt(1, firstId);
                insert.addBatch();
                insert.setInt(1, secondId);
                insert.addBatch();
                insert.executeBatch();
            }
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("PostgreSQL accepted the batch");
    }

    private static void createProbe(Statement statement) throws SQLException {
        statement.execute("create temporary table if not exists probe (id int primary key, "
                + "label varchar(5) not null) on commit preserve rows");
        statement.execute("truncate probe");
    }
}
