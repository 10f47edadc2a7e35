package org.schoolhub.query.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.schoolhub.support.projection.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads notifications: one family's after a cursor, or those of many families at once (the streams). */
@Component
public class NotificationReader {

    static final int PAGE = 500;

    private static final String COLUMNS = """
            select n.family_id, n.id, n.type, n.at, n.subject_id, n.from_family, n.to_family, n.amount, n.status,
                   n.due_at from notification n""";

    private final JdbcTemplate jdbc;

    NotificationReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A family's notifications after {@code after}, oldest first, at most {@value #PAGE}. */
    public List<NotificationView> after(UUID familyId, long after) {
        return jdbc.query(COLUMNS + " where n.family_id = ? and n.id > ? order by n.id limit " + PAGE,
                (rs, row) -> view(rs), familyId, after);
    }

    /** For each family, its notifications after its own cursor, in one query. */
    List<Addressed> after(List<UUID> families, List<Long> cursors) {
        return jdbc.query(COLUMNS + " join unnest(?::uuid[], ?::bigint[]) as c(family_id, after)"
                        + " on n.family_id = c.family_id and n.id > c.after order by n.id limit " + PAGE,
                (rs, row) -> new Addressed(rs.getObject("family_id", UUID.class), view(rs)),
                families.toArray(UUID[]::new), cursors.toArray(Long[]::new));
    }

    /** A notification and the family it is for. */
    public record Addressed(UUID familyId, NotificationView notification) {
    }

    static NotificationView view(ResultSet rs) throws SQLException {
        NotificationType type = NotificationType.valueOf(rs.getString("type"));
        UUID subject = rs.getObject("subject_id", UUID.class);
        UUID from = rs.getObject("from_family", UUID.class);
        UUID to = rs.getObject("to_family", UUID.class);
        Long amount = rs.getObject("amount") == null ? null : rs.getLong("amount");
        String status = rs.getString("status");
        java.time.Instant due = Timestamps.instant(rs.getTimestamp("due_at"));
        NotificationView.Data data = switch (type) {
            case TRANSFER_RECEIVED -> new NotificationView.Data(subject, null, null, from, to, amount, null, null, null);
            case PAYMENT_REQUESTED -> new NotificationView.Data(null, subject, null, from, to, amount, null, due, null);
            case PAYMENT_REQUEST_ANSWERED -> new NotificationView.Data(null, subject, null, from, to, null, status,
                    null, null);
            case GROUP_ORDER_CONFIRMED, GROUP_ORDER_CANCELLED, GROUP_ORDER_DEADLINE_SOON ->
                    new NotificationView.Data(null, null, subject, null, null, null, null, null, due);
        };
        return new NotificationView(rs.getLong("id"), type, Timestamps.instant(rs.getTimestamp("at")), data);
    }
}
