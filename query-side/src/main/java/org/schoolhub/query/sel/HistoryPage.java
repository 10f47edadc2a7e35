package org.schoolhub.query.sel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.schoolhub.personal.FamilyRecords;
import org.schoolhub.personal.TransferMemos;
import org.schoolhub.support.projection.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A page of a family's history, newest first: entries in [from, to), before a cursor. The cursor is
 * the last entry's instant and event position, so that entries booked at the same instant are
 * neither skipped nor shown twice across pages. Memos and names come from their owner, one query
 * each per page.
 */
@Component
class HistoryPage {

    /** A page and, when more entries follow, the cursor of the next one. */
    record Page(List<HistoryEntry> entries, Cursor next) {
    }

    /** Where the next page starts: strictly before this entry. */
    record Cursor(Instant at, long position) {
    }

    private final JdbcTemplate jdbc;
    private final TransferMemos memos;
    private final FamilyRecords names;

    HistoryPage(JdbcTemplate jdbc, TransferMemos memos, FamilyRecords names) {
        this.jdbc = jdbc;
        this.memos = memos;
        this.names = names;
    }

    Page of(UUID family, int limit, Instant from, Instant to, Instant before, Long beforePosition) {
        StringBuilder sql = new StringBuilder("""
                select e.transfer_id, e.payer, e.payee, e.amount, e.booked_at, e.status, e.kind, e.reverses,
                       e.balance_after, e.event_position
                  from sel_entry e
                 where e.family_id = ?""");
        List<Object> args = new ArrayList<>(List.of(family));
        if (from != null) {
            sql.append(" and e.booked_at >= ?");
            args.add(Timestamps.of(from));
        }
        if (to != null) {
            sql.append(" and e.booked_at < ?");
            args.add(Timestamps.of(to));
        }
        if (before != null && beforePosition != null) {
            sql.append(" and (e.booked_at, e.event_position) < (?, ?)");
            args.add(Timestamps.of(before));
            args.add(beforePosition);
        } else if (before != null) {
            sql.append(" and e.booked_at < ?");
            args.add(Timestamps.of(before));
        }
        sql.append(" order by e.booked_at desc, e.event_position desc limit ?");
        args.add(limit + 1); // one more than asked: whether a next page exists
        List<HistoryEntry> entries = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        jdbc.query(sql.toString(), rs -> {
            entries.add(new HistoryEntry(rs.getObject("transfer_id", UUID.class), rs.getObject("payer", UUID.class),
                    rs.getObject("payee", UUID.class), rs.getLong("amount"), "", instant(rs.getTimestamp("booked_at")),
                    rs.getString("status"), rs.getString("kind"), rs.getObject("reverses", UUID.class),
                    rs.getLong("balance_after"), null));
            positions.add(rs.getLong("event_position"));
        }, args.toArray());
        Cursor next = null;
        if (entries.size() > limit) {
            entries.remove(limit);
            next = new Cursor(entries.get(limit - 1).at(), positions.get(limit - 1));
        }
        return new Page(completed(family, entries), next);
    }

    /** With memos and counterparties' names, as their owner has them. */
    List<HistoryEntry> completed(UUID family, List<HistoryEntry> entries) {
        Map<UUID, String> texts = memos.of(entries.stream().map(HistoryEntry::transferId).toList());
        Map<UUID, String> others = names.names(entries.stream().map(e -> e.counterpartyOf(family)).toList());
        return entries.stream().map(e -> {
            UUID other = e.counterpartyOf(family);
            return e.withMemoAndCounterparty(texts.getOrDefault(e.transferId(), ""),
                    new Counterparty(other, others.get(other)));
        }).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return Timestamps.instant(timestamp);
    }
}
