package org.schoolhub.support.store;

import org.schoolhub.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A freshly planned query binds its arguments and never becomes a server-side prepared statement,
 * however often one connection runs it; a plain one does, after a few runs, and PostgreSQL may
 * then keep a generic plan for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshlyPlannedTest {

    private static final String LOOKUP = "select count(*) from planned_lookup where id = ? and amount > ?";
    private static final int RUNS = 20;

    private final TestDatabase database = new TestDatabase();

    {
        database.jdbc().execute("create table planned_lookup (id uuid primary key, amount bigint not null)");
    }

    @AfterAll
    void dropSchema() {
        database.close();
    }

    @Test
    void its_arguments_are_bound_in_order() {
        JdbcTemplate jdbc = database.jdbc();
        UUID id = UUID.randomUUID();
        jdbc.update("insert into planned_lookup (id, amount) values (?, 7)", id);

        assertThat(jdbc.query(FreshlyPlanned.query(LOOKUP, id, 6L), (rs, row) -> rs.getInt(1))).containsExactly(1);
        assertThat(jdbc.query(FreshlyPlanned.query(LOOKUP, id, 7L), (rs, row) -> rs.getInt(1))).containsExactly(0);
    }

    @Test
    void run_again_and_again_on_one_connection_it_is_never_prepared_on_the_server() throws Exception {
        try (SingleConnectionDataSource connection = oneConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(connection);
            for (int i = 0; i < RUNS; i++) {
                jdbc.query(FreshlyPlanned.query(LOOKUP, UUID.randomUUID(), 0L), (rs, row) -> rs.getInt(1));
            }

            assertThat(serverPrepared(jdbc)).isZero();
        }
    }

    /** The control: the driver does prepare a statement it runs often enough, so the test above can tell. */
    @Test
    void a_plain_query_run_as_often_is_prepared_on_the_server() throws Exception {
        try (SingleConnectionDataSource connection = oneConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(connection);
            for (int i = 0; i < RUNS; i++) {
                jdbc.query(LOOKUP, (rs, row) -> rs.getInt(1), UUID.randomUUID(), 0L);
            }

            assertThat(serverPrepared(jdbc)).isPositive();
        }
    }

    private SingleConnectionDataSource oneConnection() throws Exception {
        return new SingleConnectionDataSource(database.dataSource().getConnection(), true) {
            @Override
            public void close() {
                destroy();
            }
        };
    }

    private static int serverPrepared(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from pg_prepared_statements where statement like ?", Integer.class,
                "%planned_lookup where id%");
    }
}
