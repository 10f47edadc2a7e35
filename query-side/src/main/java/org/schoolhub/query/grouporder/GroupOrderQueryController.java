package org.schoolhub.query.grouporder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Group orders as clients read them (API.md, Group orders). Coordinators see every line; anyone
 * else sees only the line of its own family, while the total stays the order's total.
 */
@RestController
@RequestMapping("/api/group-orders")
@Tag(name = "Group orders")
class GroupOrderQueryController {

    private static final String ORDERS = """
            select group_order_id, title, unit_price_cents, min_quantity, deadline, status, total_quantity,
                   opened_at, closed_at, closed_at_deadline
              from group_order""";
    private static final String LINES = """
            select l.group_order_id, l.family_id, l.quantity, l.paid_cents, l.placed_at, o.unit_price_cents
              from group_order_line l join group_order o on o.group_order_id = l.group_order_id
             where l.quantity > 0""";

    private final JdbcTemplate jdbc;

    GroupOrderQueryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @Operation(summary = "Every group order, newest first (a member sees only its own line)")
    List<GroupOrderView> all(Caller caller) {
        Map<UUID, List<GroupOrderView.Line>> lines = new HashMap<>();
        visibleLines(caller, "", List.of()).forEach(line -> lines
                .computeIfAbsent(line.groupOrderId(), id -> new ArrayList<>()).add(line.line()));
        return jdbc.query(ORDERS + " order by opened_at desc, group_order_id", (rs, row) -> order(rs,
                lines.getOrDefault(rs.getObject("group_order_id", UUID.class), List.of())));
    }

    @GetMapping("/{groupOrderId}")
    @Refusals({ErrorCode.NOT_FOUND})
    @Operation(summary = "One group order with its lines (a member sees only its own line)")
    GroupOrderView one(@PathVariable UUID groupOrderId, Caller caller) {
        List<GroupOrderView.Line> lines = visibleLines(caller, " and l.group_order_id = ?", List.of(groupOrderId))
                .stream().map(OrderLine::line).toList();
        return jdbc.query(ORDERS + " where group_order_id = ?", (rs, row) -> order(rs, lines), groupOrderId)
                .stream().findFirst()
                .orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND, groupOrderId));
    }

    /** Coordinators see every line; anyone else only its own family's, and staff without one none. */
    private List<OrderLine> visibleLines(Caller caller, String filter, List<Object> filterArgs) {
        List<Object> args = new ArrayList<>(filterArgs);
        String sql = LINES + filter;
        if (!caller.has(Role.COORDINATOR)) {
            if (caller.familyId() == null) {
                return new ArrayList<>();
            }
            sql += " and l.family_id = ?";
            args.add(caller.familyId());
        }
        return jdbc.query(sql + " order by l.placed_at, l.family_id", (rs, row) -> line(rs), args.toArray());
    }

    private static GroupOrderView order(ResultSet rs, List<GroupOrderView.Line> lines) throws SQLException {
        return new GroupOrderView(rs.getObject("group_order_id", UUID.class), rs.getString("title"),
                rs.getLong("unit_price_cents"), rs.getLong("min_quantity"), Timestamps.instant(rs.getTimestamp("deadline")),
                rs.getString("status"), rs.getLong("total_quantity"), lines,
                Timestamps.instant(rs.getTimestamp("opened_at")), Timestamps.instant(rs.getTimestamp("closed_at")),
                rs.getObject("closed_at_deadline", Boolean.class));
    }

    private static OrderLine line(ResultSet rs) throws SQLException {
        long due = rs.getLong("quantity") * rs.getLong("unit_price_cents");
        long paid = rs.getLong("paid_cents");
        return new OrderLine(rs.getObject("group_order_id", UUID.class), new GroupOrderView.Line(
                rs.getObject("family_id", UUID.class), rs.getLong("quantity"), paid >= due, paid, due));
    }

    /** A line with the order it belongs to, before it is put under that order. */
    private record OrderLine(UUID groupOrderId, GroupOrderView.Line line) {
    }
}
