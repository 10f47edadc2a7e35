package org.schoolhub.service.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** The raw event log as the rollback tests read it: SEL movements by position, and what a rollback tagged. */
public final class RollbackEventLog {

    private static final String COMPLETED = "org.schoolhub.shared.events.SelTransferCompleted";
    private static final String REVERSED = "org.schoolhub.shared.events.SelTransferReversed";

    private final JdbcTemplate jdbc;

    public RollbackEventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long head() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    /** How many events there are: a refused or failed rollback adds none. */
    public long count() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** Transfers booked with {@code after < position < before}, oldest first. */
    public List<UUID> transfersBetween(long after, long before) {
        return jdbc.queryForList("""
                select (convert_from(payload, 'UTF8')::jsonb->>'transferId')::uuid from domain_event_entry
                 where payload_type = ? and global_index > ? and global_index < ? order by global_index""",
                UUID.class, COMPLETED, after, before);
    }

    /** The positions of the SEL events carrying a rollback's snapshot id in their metadata, oldest first. */
    public List<Long> taggedPositions(String snapshotId) {
        return jdbc.queryForList("""
                select global_index from domain_event_entry
                 where payload_type in (?, ?) and convert_from(meta_data, 'UTF8') like ? order by global_index""",
                Long.class, COMPLETED, REVERSED, "%" + snapshotId + "%");
    }

    /** The transfers reversed by events tagged with the snapshot id. */
    public List<UUID> reversedFor(String snapshotId) {
        return jdbc.queryForList("""
                select (convert_from(payload, 'UTF8')::jsonb->>'originalTransferId')::uuid from domain_event_entry
                 where payload_type = ? and convert_from(meta_data, 'UTF8') like ? order by global_index""",
                UUID.class, REVERSED, "%" + snapshotId + "%");
    }

    /** Each family's net movement over the SEL events after a position. */
    public Map<UUID, Long> netAfter(long position) {
        Map<UUID, Long> net = new HashMap<>();
        jdbc.query("""
                with moved as (select convert_from(payload, 'UTF8')::jsonb as e from domain_event_entry
                                where payload_type in (?, ?) and global_index > ?)
                select family, sum(delta) from (
                    select (e->>'from')::uuid as family, -(e->>'amount')::bigint as delta from moved
                    union all
                    select (e->>'to')::uuid, (e->>'amount')::bigint from moved) movements
                 group by family""",
                rs -> {
                    net.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }, COMPLETED, REVERSED, position);
        return net;
    }
}
