package org.schoolhub.query.paymentrequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.personal.TransferMemos;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.support.web.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payment requests (API.md, Families' own features): the reading half, for the parties (or COORDINATOR). */
@RestController
@RequestMapping("/api/sel/payment-requests")
@Tag(name = "SEL")
class PaymentRequestQueryController {

    private static final String REQUESTS = """
            select request_id, status, from_family, to_family, amount, expires_at, requested_at, answered_at, transfer_id
              from payment_request where from_family = ? or to_family = ?
             order by requested_at desc, request_id limit 500""";

    private final JdbcTemplate jdbc;
    private final TransferMemos memos;
    private final Clock clock = Clock.systemUTC();

    PaymentRequestQueryController(JdbcTemplate jdbc, TransferMemos memos) {
        this.jdbc = jdbc;
        this.memos = memos;
    }

    @GetMapping
    @Operation(summary = "The requests a family made or was asked to pay, newest first (that family or COORDINATOR)")
    List<PaymentRequestView> requests(@RequestParam UUID familyId, Caller caller) {
        caller.requireActingFor(familyId);
        Instant now = clock.instant();
        List<PaymentRequestView> rows = jdbc.query(REQUESTS, (rs, row) -> view(rs, now, null), familyId, familyId);
        Map<UUID, String> texts = memos.of(rows.stream().map(PaymentRequestView::requestId).toList());
        return rows.stream().map(r -> new PaymentRequestView(r.requestId(), r.status(), r.from(), r.to(), r.amount(),
                texts.getOrDefault(r.requestId(), ""), r.expiresAt(), r.requestedAt(), r.answeredAt(),
                r.transferId())).toList();
    }

    /** A pending request past its expiry can no longer be accepted: it reads EXPIRED before its deadline's event. */
    private static PaymentRequestView view(ResultSet rs, Instant now, String memo) throws SQLException {
        Instant expiresAt = Timestamps.instant(rs.getTimestamp("expires_at"));
        String status = rs.getString("status");
        if ("PENDING".equals(status) && !now.isBefore(expiresAt)) {
            status = "EXPIRED";
        }
        java.sql.Timestamp answered = rs.getTimestamp("answered_at");
        return new PaymentRequestView(rs.getObject("request_id", UUID.class), status,
                rs.getObject("from_family", UUID.class), rs.getObject("to_family", UUID.class), rs.getLong("amount"),
                memo, expiresAt, Timestamps.instant(rs.getTimestamp("requested_at")),
                answered == null ? null : Timestamps.instant(answered), rs.getObject("transfer_id", UUID.class));
    }
}
