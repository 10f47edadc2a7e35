package org.schoolhub.operations.snapshot;

import org.schoolhub.operations.events.CanonicalState;
import org.schoolhub.operations.events.EventFold;
import org.schoolhub.operations.events.RawEventStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.shared.values.Community;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes rollback snapshots by folding the raw events up to the newest position (not by copying
 * the live tables, which move while we read them), and keeps them in rollback_snapshot.
 */
@Component
public class JdbcRollbackSnapshots implements RollbackSnapshots {

    private static final Logger log = LoggerFactory.getLogger(JdbcRollbackSnapshots.class);
    private static final String COLUMNS = "snapshot_id, label, position, taken_at, checksum, database_id, state";

    private final JdbcTemplate jdbc;
    private final RawEventStream events;
    private final Community community;

    JdbcRollbackSnapshots(JdbcTemplate jdbc, RawEventStream events, Community community) {
        this.jdbc = jdbc;
        this.events = events;
        this.community = community;
    }

    @Override
    public UUID take(String label) {
        return snapshot(label).snapshotId();
    }

    /** Takes a snapshot at the newest event position and stores it. */
    Snapshot snapshot(String label) {
        long position = events.head();
        EventFold fold = new EventFold();
        events.foldInto(fold, 0, position);
        String state = CanonicalState.of(fold.view());
        Snapshot snapshot = new Snapshot(UUID.randomUUID(), label, position,
                Instant.now().truncatedTo(ChronoUnit.MICROS), CanonicalState.sha256(state),
                community.databaseId(), state);
        jdbc.update("insert into rollback_snapshot (" + COLUMNS + ", community_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                snapshot.snapshotId(), snapshot.label(), snapshot.position(), Timestamps.of(snapshot.takenAt()),
                snapshot.checksum(), snapshot.databaseId(), snapshot.state(), community.communityId());
        log.info("Rollback snapshot {} '{}' taken at position {}, checksum {}", snapshot.snapshotId(), label,
                position, snapshot.checksum());
        return snapshot;
    }

    public Optional<Snapshot> find(UUID snapshotId) {
        return jdbc.query("select " + COLUMNS + " from rollback_snapshot where snapshot_id = ?", this::row, snapshotId)
                .stream().findFirst();
    }

    /** Newest first. */
    List<Snapshot> list(int limit) {
        return jdbc.query("select " + COLUMNS + " from rollback_snapshot order by taken_at desc, position desc limit ?",
                this::row, limit);
    }

    /** The newest snapshot, if any. */
    public Optional<Snapshot> newest() {
        return list(1).stream().findFirst();
    }

    /** Whether the event log up to the snapshot's position still gives its checksum, as a verify checks it. */
    public boolean reproduces(Snapshot snapshot) {
        EventFold fold = new EventFold();
        events.foldInto(fold, 0, snapshot.position());
        return CanonicalState.sha256(CanonicalState.of(fold.view())).equals(snapshot.checksum());
    }

    boolean exists(String label) {
        Integer count = jdbc.queryForObject("select count(*) from rollback_snapshot where label = ?", Integer.class, label);
        return count != null && count > 0;
    }

    private Snapshot row(ResultSet rs, int row) throws SQLException {
        return new Snapshot(rs.getObject("snapshot_id", UUID.class), rs.getString("label"), rs.getLong("position"),
                Timestamps.instant(rs.getTimestamp("taken_at")), rs.getString("checksum").trim(),
                rs.getObject("database_id", UUID.class), rs.getString("state"));
    }
}
