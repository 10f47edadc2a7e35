package org.schoolhub.support.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The global position of the newest stored event (0 for an empty store), read from Axon's own table. */
@Component
public class EventStoreHead {

    private final JdbcTemplate jdbc;

    EventStoreHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long position() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }
}
