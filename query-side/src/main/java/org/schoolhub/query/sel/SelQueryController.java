package org.schoolhub.query.sel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.schoolhub.shared.values.SelLimits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Balances, accounts and histories (API.md, SEL): the reading half. */
@RestController
@RequestMapping("/api/sel")
@Tag(name = "SEL")
class SelQueryController {

    private static final int MAX_LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final HistoryPage pages;
    private final long lowerLimit;
    private final long upperLimit;

    SelQueryController(JdbcTemplate jdbc, SelLimits limits, HistoryPage pages) {
        this.jdbc = jdbc;
        this.pages = pages;
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
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = """
            Newest first, each entry with the balance after it and the other family; when more entries \
            follow, a Link header names the next page (rel="next")""")
    @Operation(summary = "A family's history, newest first, paged (that family or COORDINATOR)")
    ResponseEntity<List<HistoryEntry>> history(@RequestParam(required = false) UUID familyId,
                                               @RequestParam(defaultValue = "50") int limit,
                                               @RequestParam(required = false) Instant before,
                                               @RequestParam(required = false) Long beforePosition,
                                               @RequestParam(required = false) Instant from,
                                               @RequestParam(required = false) Instant to, Caller caller) {
        UUID family = familyId != null ? familyId : caller.familyId();
        if (family == null) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "familyId", "is required");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "to", "must be after from");
        }
        if (beforePosition != null && before == null) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "beforePosition", "goes with before");
        }
        caller.requireActingFor(family);
        requireKnown(family);
        HistoryPage.Page page = pages.of(family, limit, from, to, before, beforePosition);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequestUri()
                    .replaceQuery(null)
                    .queryParam("familyId", family)
                    .queryParam("limit", limit)
                    .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                    .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                    .queryParam("before", page.next().at())
                    .queryParam("beforePosition", page.next().position())
                    .build().encode().toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(page.entries());
    }

    private void requireKnown(UUID familyId) {
        Integer known = jdbc.queryForObject("select count(*) from sel_account where family_id = ?", Integer.class, familyId);
        if (known == null || known == 0) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
        }
    }
}
