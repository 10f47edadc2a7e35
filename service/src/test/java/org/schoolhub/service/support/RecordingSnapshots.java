package org.schoolhub.service.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.schoolhub.operations.snapshot.RollbackSnapshots;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * TEST ONLY: a {@link RollbackSnapshots} that records each call with the head of the event log
 * at that moment, so a test can tell that the snapshot came before the stage event.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingSnapshots {

    @Bean
    @Primary
    Recorder recordingSnapshots(JdbcTemplate jdbc) {
        return new Recorder(jdbc);
    }

    /** The recorder itself. */
    public static final class Recorder implements RollbackSnapshots {

        private final JdbcTemplate jdbc;
        private final List<Call> calls = new CopyOnWriteArrayList<>();

        Recorder(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public UUID take(String label) {
            Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
            Call call = new Call(UUID.randomUUID(), label, head);
            calls.add(call);
            return call.snapshotId();
        }

        public List<Call> calls() {
            return List.copyOf(calls);
        }
    }

    /** One snapshot taken: its id, label and the event log's head when it was taken. */
    public record Call(UUID snapshotId, String label, long eventLogHead) {
    }
}
