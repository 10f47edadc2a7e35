package org.schoolhub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical limit: N JDBC connections, each committing one row shaped like a transfer event
 * (a ~300-byte JSON payload) per transaction, synchronous commit on, no service in between.
 *
 * <p>Usage: Baseline jdbcUrl user connections seconds
 */
public final class Baseline {

    private static final String PAYLOAD = "{\"communityId\":\"%s\",\"transferId\":\"%s\",\"from\":\"%s\",\"to\":\"%s\","
            + "\"amount\":3,\"fromBalance\":-12,\"toBalance\":57,\"bookedAt\":\"2026-11-24T10:15:30.123456Z\"}";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int connections = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        try (Connection admin = DriverManager.getConnection(url, user, ""); Statement s = admin.createStatement()) {
            s.execute("drop table if exists bench_baseline");
            s.execute("""
                    create table bench_baseline (global_index bigserial primary key, aggregate_identifier varchar(255) not null,
                      sequence_number bigint not null, type varchar(255), event_identifier varchar(255) not null unique,
                      meta_data bytea, payload bytea not null, payload_revision varchar(255), payload_type varchar(255) not null,
                      time_stamp varchar(255) not null, unique (aggregate_identifier, sequence_number))""");
        }
        AtomicLong committed = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[connections];
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            String aggregate = UUID.randomUUID().toString();
            threads[i] = new Thread(() -> insertUntil(url, user, aggregate, deadline, committed));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        try (Connection admin = DriverManager.getConnection(url, user, ""); Statement s = admin.createStatement()) {
            s.execute("drop table bench_baseline");
        }
        System.out.println(String.format(Locale.ROOT, "{\"connections\":%d,\"rows\":%d,\"seconds\":%.2f,"
                + "\"baseline_inserts_per_s\":%.1f}", connections, committed.get(), elapsed, committed.get() / elapsed));
    }

    private static void insertUntil(String url, String user, String aggregate, long deadline, AtomicLong committed) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = on");
            }
            c.commit();
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into bench_baseline (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                      payload, payload_revision, payload_type, time_stamp) values (?, ?, 'Ledger', ?, ?, ?, '1',
                      'org.schoolhub.shared.events.SelTransferCompleted', '2026-11-24T10:15:30.123Z')""")) {
                long sequence = 0;
                while (System.nanoTime() < deadline) {
                    insert.setString(1, aggregate);
                    insert.setLong(2, sequence++);
                    insert.setString(3, UUID.randomUUID().toString());
                    insert.setBytes(4, "{\"actor\":\"00000000-0000-0000-0000-000000000000\"}".getBytes());
                    insert.setBytes(5, String.format(PAYLOAD, aggregate, UUID.randomUUID(), UUID.randomUUID(),
                            UUID.randomUUID()).getBytes());
                    insert.executeUpdate();
                    c.commit();
                    committed.incrementAndGet();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Baseline() {
    }
}
