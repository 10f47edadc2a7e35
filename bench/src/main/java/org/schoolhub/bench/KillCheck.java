package org.schoolhub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * After a kill -9 and a restart: how many acknowledged transfers are missing from the event store
 * or the registry, and whether the invariants hold (every balance within limits, total 0, and the
 * projected balances equal to those folded from the raw events).
 *
 * <p>Usage: KillCheck jdbcUrl user ackFile lowerLimit upperLimit
 */
public final class KillCheck {

    private static final String COMPLETED = "org.schoolhub.shared.events.SelTransferCompleted";
    private static final String REVERSED = "org.schoolhub.shared.events.SelTransferReversed";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        List<String> acked = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).toList();
        long lower = Long.parseLong(args[3]);
        long upper = Long.parseLong(args[4]);
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            Set<String> inEvents = strings(c, "select convert_from(payload, 'UTF8')::jsonb->>'transferId' from domain_event_entry"
                    + " where payload_type = '" + COMPLETED + "'");
            Set<String> inRegistry = strings(c, "select transfer_id::text from sel_transfer_registry");
            long lost = acked.stream().filter(id -> !inEvents.contains(id) || !inRegistry.contains(id)).count();
            Map<String, Long> folded = foldedBalances(c);
            boolean projected = waitForProjection(c, folded);
            long total = folded.values().stream().mapToLong(Long::longValue).sum();
            boolean withinLimits = folded.values().stream().allMatch(b -> b >= lower && b <= upper);
            System.out.println(String.format(Locale.ROOT,
                    "{\"acked\":%d,\"acked_lost_after_kill\":%d,\"invariants_ok\":%s,\"total\":%d,\"within_limits\":%s,"
                            + "\"projection_matches_events\":%s}", acked.size(), lost,
                    total == 0 && withinLimits && projected, total, withinLimits, projected));
        }
    }

    private static Set<String> strings(Connection c, String sql) throws Exception {
        Set<String> values = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The last balance the ledger gave each family, straight from the raw events. */
    private static Map<String, Long> foldedBalances(Connection c) throws Exception {
        Map<String, Long> balances = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select j->>'from', (j->>'fromBalance')::bigint, j->>'to', (j->>'toBalance')::bigint
                  from (select sequence_number, convert_from(payload, 'UTF8')::jsonb j from domain_event_entry
                         where payload_type in ('%s', '%s')) e
                 order by sequence_number""".formatted(COMPLETED, REVERSED))) {
            while (rs.next()) {
                balances.put(rs.getString(1), rs.getLong(2));
                balances.put(rs.getString(3), rs.getLong(4));
            }
        }
        return balances;
    }

    /** Projections catch up after the restart; give them up to a minute. */
    private static boolean waitForProjection(Connection c, Map<String, Long> folded) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            Map<String, Long> projected = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select family_id::text, balance from sel_account");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    projected.put(rs.getString(1), rs.getLong(2));
                }
            }
            boolean same = folded.entrySet().stream().allMatch(e -> e.getValue().equals(projected.get(e.getKey())));
            if (same) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }


    private KillCheck() {
    }
}
