package org.schoolhub.query.sel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.schoolhub.personal.FamilyRecords;
import org.schoolhub.shared.values.Community;
import org.schoolhub.support.projection.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a statement from the history: the opening balance is the balance after the last entry
 * before the period, as GET /api/sel/accounts/{id}?at= tells it, and the closing balance the one
 * after the period's last entry, so that a statement always agrees with the point-in-time balances.
 */
@Component
class StatementReader {

    private final JdbcTemplate jdbc;
    private final HistoryPage history;
    private final FamilyRecords records;
    private final Community community;

    StatementReader(JdbcTemplate jdbc, HistoryPage history, FamilyRecords records, Community community) {
        this.jdbc = jdbc;
        this.history = history;
        this.records = records;
        this.community = community;
    }

    Statement read(UUID familyId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(community.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(community.zone()).toInstant();
        long opening = balanceBefore(familyId, start);
        List<HistoryEntry> rows = new ArrayList<>(jdbc.query("""
                select transfer_id, payer, payee, amount, booked_at, status, kind, reverses, balance_after
                  from sel_entry where family_id = ? and booked_at >= ? and booked_at < ?
                 order by booked_at, event_position""", (rs, row) -> new HistoryEntry(
                rs.getObject("transfer_id", UUID.class), rs.getObject("payer", UUID.class),
                rs.getObject("payee", UUID.class), rs.getLong("amount"), "", Timestamps.instant(rs.getTimestamp("booked_at")),
                rs.getString("status"), rs.getString("kind"), rs.getObject("reverses", UUID.class),
                rs.getLong("balance_after"), null), familyId, Timestamps.of(start), Timestamps.of(end)));
        List<Statement.Entry> entries = history.completed(familyId, rows).stream().map(e -> new Statement.Entry(
                e.transferId(), e.at(), e.counterparty(), familyId.equals(e.from()) ? -e.amount() : e.amount(), e.memo(),
                e.kind(), e.status(), e.balanceAfter())).toList();
        long closing = entries.isEmpty() ? opening : entries.get(entries.size() - 1).balanceAfter();
        String name = records.of(familyId).map(FamilyRecords.FamilyRecord::name).orElse(null);
        return new Statement(familyId, name, from, to, opening, entries, closing);
    }

    private long balanceBefore(UUID familyId, Instant start) {
        return jdbc.query("""
                select balance_after from sel_entry where family_id = ? and booked_at < ?
                 order by booked_at desc, event_position desc limit 1""",
                (rs, row) -> rs.getLong(1), familyId, Timestamps.of(start)).stream().findFirst().orElse(0L);
    }
}
