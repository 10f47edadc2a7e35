package org.schoolhub.query.sel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.support.web.Caller;
import org.schoolhub.personal.TransferMemos;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.schoolhub.shared.values.SelLimits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Balances, accounts and histories (API.md, SEL): the reading half. */
@RestController
@RequestMapping("/api/sel")
@Tag(name = "SEL")
class SelQueryController {

    private static final int MAX_LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final TransferMemos memos;
    private final long lowerLimit;
    private final long upperLimit;

    SelQueryController(JdbcTemplate jdbc, SelLimits limits, TransferMemos memos) {
        this.jdbc = jdbc;
        this.memos = memos;
        this.lowerLimit = limits.lower();
        this.upperLimit = limits.upper();
    }

    @GetMapping("/accounts/{familyId}")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND})
    @Operation(summary = "A family's balance, now or at a past instant (that family or COORDINATOR)")
    AccountView account(@PathVariable UUID familyId, @RequestParam(required = false) Instant at, Caller caller) {
        caller.requireActingFor(familyId);
        if (at == null) {
            return jdbc.query("select balance, transfer_count from sel_account where family_id = ?",
                            (rs, row) -> new AccountView(familyId, rs.getLong("balance"), rs.getLong("transfer_count"),
                                    null, lowerLimit, upperLimit), familyId)
                    .stream().findFirst()
                    .orElseThrow(() -> new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId));
        }
        requireKnown(familyId);
        return jdbc.queryForObject("""
                select coalesce((select balance_after from sel_entry where family_id = ? and booked_at <= ?
                                  order by booked_at desc, event_position desc limit 1), 0) as balance,
                       (select count(*) from sel_entry where family_id = ? and booked_at <= ?) as transfer_count""",
                (rs, row) -> new AccountView(familyId, rs.getLong("balance"), rs.getLong("transfer_count"), at,
                        lowerLimit, upperLimit),
                familyId, Timestamps.of(at), familyId, Timestamps.of(at));
    }

    @GetMapping("/accounts")
    @Operation(summary = "Every account and the total, which is always 0 (COORDINATOR)")
    AccountsView accounts(Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        List<AccountsView.Balance> accounts = jdbc.query("select family_id, balance from sel_account order by family_id",
                (rs, row) -> new AccountsView.Balance(rs.getObject("family_id", UUID.class), rs.getLong("balance")));
        return new AccountsView(accounts, accounts.stream().mapToLong(AccountsView.Balance::balance).sum());
    }

    @GetMapping("/transfers")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND})
    @Operation(summary = "A family's history, newest first, with its balance after each entry")
    List<HistoryEntry> history(@RequestParam(required = false) UUID familyId,
                               @RequestParam(defaultValue = "50") int limit, Caller caller) {
        UUID family = familyId != null ? familyId : caller.familyId();
        if (family == null) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "familyId", "is required");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "limit", "must be between 1 and " + MAX_LIMIT);
        }
        caller.requireActingFor(family);
        requireKnown(family);
        List<HistoryEntry> entries = jdbc.query("""
                select e.transfer_id, e.payer, e.payee, e.amount, e.booked_at, e.status, e.kind, e.reverses,
                       e.balance_after
                  from sel_entry e
                 where e.family_id = ?
                 order by e.booked_at desc, e.event_position desc
                 limit ?""", (rs, row) -> new HistoryEntry(rs.getObject("transfer_id", UUID.class),
                rs.getObject("payer", UUID.class), rs.getObject("payee", UUID.class), rs.getLong("amount"),
                "", Timestamps.instant(rs.getTimestamp("booked_at")),
                rs.getString("status"), rs.getString("kind"), rs.getObject("reverses", UUID.class),
                rs.getLong("balance_after")), family, limit);
        // memos are personal data: their owner answers for the whole page in one query
        Map<UUID, String> texts = memos.of(entries.stream().map(HistoryEntry::transferId).toList());
        return entries.stream().map(e -> e.withMemo(texts.getOrDefault(e.transferId(), ""))).toList();
    }

    private void requireKnown(UUID familyId) {
        Integer known = jdbc.queryForObject("select count(*) from sel_account where family_id = ?", Integer.class, familyId);
        if (known == null || known == 0) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
        }
    }
}
