package org.schoolhub.query.sel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.support.web.Caller;
import org.schoolhub.personal.TransferMemos;
import org.schoolhub.shared.values.ErrorCode;
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
    @Operation(summary = "A family's balance, now or at a past instant (that family or COORDINATOR)")
    Map<String, Object> account(@PathVariable UUID familyId, @RequestParam(required = false) Instant at,
                                Caller caller) {
        caller.requireActingFor(familyId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("familyId", familyId);
        if (at == null) {
            Map<String, Object> row = jdbc.queryForList(
                    "select balance, transfer_count from sel_account where family_id = ?", familyId)
                    .stream().findFirst()
                    .orElseThrow(() -> new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId));
            view.put("balance", row.get("balance"));
            view.put("transferCount", row.get("transfer_count"));
        } else {
            requireKnown(familyId);
            Map<String, Object> row = jdbc.queryForMap("""
                    select coalesce((select balance_after from sel_entry where family_id = ? and booked_at <= ?
                                      order by booked_at desc, event_position desc limit 1), 0) as balance,
                           (select count(*) from sel_entry where family_id = ? and booked_at <= ?) as transfer_count""",
                    familyId, Timestamps.of(at), familyId, Timestamps.of(at));
            view.put("balance", row.get("balance"));
            view.put("transferCount", row.get("transfer_count"));
            view.put("at", at);
        }
        view.put("lowerLimit", lowerLimit);
        view.put("upperLimit", upperLimit);
        return view;
    }

    @GetMapping("/accounts")
    @Operation(summary = "Every account and the total, which is always 0 (COORDINATOR)")
    Map<String, Object> accounts(Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        List<Map<String, Object>> accounts = jdbc.query(
                "select family_id, balance from sel_account order by family_id", (rs, row) -> {
                    Map<String, Object> account = new LinkedHashMap<>();
                    account.put("familyId", rs.getObject("family_id", UUID.class));
                    account.put("balance", rs.getLong("balance"));
                    return account;
                });
        long total = accounts.stream().mapToLong(a -> (Long) a.get("balance")).sum();
        return Map.of("accounts", accounts, "total", total);
    }

    @GetMapping("/transfers")
    @Operation(summary = "A family's history, newest first, with its balance after each entry")
    List<Map<String, Object>> history(@RequestParam(required = false) UUID familyId,
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
        List<Map<String, Object>> entries = jdbc.query("""
                select e.transfer_id, e.payer, e.payee, e.amount, e.booked_at, e.status, e.kind, e.reverses,
                       e.balance_after
                  from sel_entry e
                 where e.family_id = ?
                 order by e.booked_at desc, e.event_position desc
                 limit ?""", (rs, row) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("transferId", rs.getObject("transfer_id", UUID.class));
            entry.put("from", rs.getObject("payer", UUID.class));
            entry.put("to", rs.getObject("payee", UUID.class));
            entry.put("amount", rs.getLong("amount"));
            entry.put("memo", "");
            entry.put("at", Timestamps.instant(rs.getTimestamp("booked_at")));
            entry.put("status", rs.getString("status"));
            entry.put("kind", rs.getString("kind"));
            entry.put("reverses", rs.getObject("reverses", UUID.class));
            entry.put("balanceAfter", rs.getLong("balance_after"));
            return entry;
        }, family, limit);
        // memos are personal data: their owner answers for the whole page in one query
        Map<UUID, String> texts = memos.of(entries.stream().map(e -> (UUID) e.get("transferId")).toList());
        entries.forEach(e -> e.put("memo", texts.getOrDefault((UUID) e.get("transferId"), "")));
        return entries;
    }

    private void requireKnown(UUID familyId) {
        Integer known = jdbc.queryForObject("select count(*) from sel_account where family_id = ?", Integer.class, familyId);
        if (known == null || known == 0) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
        }
    }
}
