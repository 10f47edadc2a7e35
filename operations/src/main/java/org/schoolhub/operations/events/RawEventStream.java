package org.schoolhub.operations.events;

import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the raw event log (domain_event_entry) in global position order, page by page, and
 * deserialises the payloads with Axon's event serializer. No projection is involved.
 */
@Component
public class RawEventStream {

    private static final int PAGE = 2000;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final List<String> typeNames;
    private final String pageQuery;

    RawEventStream(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.typeNames = EventFold.TYPES.stream().map(Class::getName).sorted().toList();
        this.pageQuery = """
                select global_index, payload_type, payload_revision, payload from domain_event_entry
                 where global_index > ? and global_index <= ? and payload_type in (%s)
                 order by global_index limit %d""".formatted(String.join(",", Collections.nCopies(typeNames.size(), "?")), PAGE);
    }

    /**
     * The position of the newest event. A node commits its commands one after another (the
     * group-commit bus has a single thread), so every event at or below it is committed.
     */
    public long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /**
     * The sequence number of an aggregate's last event at or below a position (-1 if it had none
     * yet): where a rollback to that position leaves the ledger.
     */
    public long sequenceAt(String aggregateId, long position) {
        List<Long> sequence = jdbc.queryForList("""
                select sequence_number from domain_event_entry where aggregate_identifier = ? and global_index <= ?
                 order by global_index desc limit 1""", Long.class, aggregateId, position);
        return sequence.isEmpty() ? -1 : sequence.get(0);
    }

    /** The position of an aggregate's event with that sequence number, if it is stored. */
    public OptionalLong positionOf(String aggregateId, long sequence) {
        List<Long> position = jdbc.queryForList("select global_index from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?", Long.class, aggregateId, sequence);
        return position.isEmpty() ? OptionalLong.empty() : OptionalLong.of(position.get(0));
    }

    /** How many events, of any type, lie at or below a position. */
    public long countUpTo(long position) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?",
                Long.class, position);
        return count == null ? 0 : count;
    }

    /** Feeds the fold every event it reads with {@code after < position <= upTo}, oldest first. */
    public void foldInto(EventFold fold, long after, long upTo) {
        long last = after;
        while (true) {
            Object[] args = new Object[typeNames.size() + 2];
            args[0] = last;
            args[1] = upTo;
            for (int i = 0; i < typeNames.size(); i++) {
                args[i + 2] = typeNames.get(i);
            }
            List<RawEvent> page = jdbc.query(pageQuery, (rs, row) -> new RawEvent(rs.getLong(1), rs.getString(2),
                    rs.getString(3), rs.getBytes(4)), args);
            for (RawEvent event : page) {
                fold.apply(event.position(), deserialize(event));
            }
            if (page.size() < PAGE) {
                return;
            }
            last = page.get(page.size() - 1).position();
        }
    }

    private Object deserialize(RawEvent event) {
        return serializer.deserialize(new SimpleSerializedObject<>(event.payload(), byte[].class, event.type(),
                event.revision()));
    }

    private record RawEvent(long position, String type, String revision, byte[] payload) {
    }
}
