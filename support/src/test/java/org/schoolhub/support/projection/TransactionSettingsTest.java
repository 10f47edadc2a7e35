package org.schoolhub.support.projection;

import org.schoolhub.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * {@link AsynchronousCommit} and a replay's {@link SearchPath} change the settings of their
 * batch's transaction only: once set for the batch, gone with its commit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionSettingsTest {

    private final TestDatabase database = new TestDatabase();
    /** One connection throughout: a setting that outlived its transaction would show on the next. */
    private final SingleConnectionDataSource connection = oneConnection();
    private final JdbcTemplate jdbc = new JdbcTemplate(connection);
    private final SpringTransactionManager transactions =
            new SpringTransactionManager(new JdbcTransactionManager(connection));

    @AfterAll
    void dropSchema() {
        connection.destroy();
        database.close();
    }

    @Test
    void a_projection_batch_commits_without_waiting_for_its_flush_and_only_it() {
        // whatever the server's default, this session waits for its flushes
        jdbc.execute("set synchronous_commit = on");
        String before = setting("synchronous_commit");

        List<String> inside = handleTwo(new AsynchronousCommit(jdbc), () -> setting("synchronous_commit"));

        assertThat(before).isNotEqualTo("off");
        assertThat(inside).containsExactly("off", "off");
        assertThat(setting("synchronous_commit")).as("after the batch").isEqualTo(before);
    }

    @Test
    void a_replay_batch_finds_its_schema_first_and_public_after_it() {
        String before = setting("search_path");

        List<String> inside = handleTwo(new SearchPath(jdbc, "replay_probe"), () -> setting("search_path"));

        assertThat(inside).containsExactly("replay_probe, public", "replay_probe, public");
        assertThat(setting("search_path")).as("after the batch").isEqualTo(before);
    }

    /** Two events of one batch, each through the interceptor, reading a setting in its handler. */
    private List<String> handleTwo(MessageHandlerInterceptor<EventMessage<?>> interceptor, Handler handler) {
        List<String> seen = new ArrayList<>();
        UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(asEventMessage("batch"));
        batch.attachTransaction(transactions);
        batch.execute(() -> {
            for (int i = 0; i < 2; i++) {
                try {
                    seen.add((String) interceptor.handle(batch, handler::read));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        return seen;
    }

    private String setting(String name) {
        return jdbc.queryForObject("select current_setting(?)", String.class, name);
    }

    private SingleConnectionDataSource oneConnection() {
        try {
            return new SingleConnectionDataSource(database.dataSource().getConnection(), true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Handler {
        String read();
    }
}
