package org.schoolhub.query.grouporder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.schoolhub.query.ProjectionHarness;
import org.schoolhub.shared.events.GroupOrderConfirmed;
import org.schoolhub.shared.events.GroupOrderLinePaid;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.springframework.jdbc.core.JdbcTemplate;

/** The group-order read model against PostgreSQL: every event handled twice, or late, changes nothing. */
class GroupOrderProjectionTest {

    private static final UUID COMMUNITY = UUID.randomUUID();
    // 23:30 UTC on 31 January is already February in Brussels.
    private static final Instant T0 = Instant.parse("2026-01-31T23:30:00Z");

    // one schema for the class; each test makes its own ids
    private static final ProjectionHarness harness = new ProjectionHarness();
    private final GroupOrderProjection projection = new GroupOrderProjection(harness.writes(), harness.community(COMMUNITY));
    private final JdbcTemplate jdbc = harness.jdbc();

    private final UUID order = UUID.randomUUID();
    private final UUID dupont = UUID.randomUUID();
    private final UUID martin = UUID.randomUUID();

    @Test
    void every_event_handled_twice_leaves_the_same_rows() {
        GroupOrderOpened opened = new GroupOrderOpened(COMMUNITY, order, "Sweaters", 2_500, 3, T0.plusSeconds(86_400), T0);
        GroupOrderLinePlaced dupontPlaced = new GroupOrderLinePlaced(COMMUNITY, order, dupont, 2, 0, T0);
        GroupOrderLinePlaced martinPlaced = new GroupOrderLinePlaced(COMMUNITY, order, martin, 1, 0, T0);
        GroupOrderLinePlaced dupontChanged = new GroupOrderLinePlaced(COMMUNITY, order, dupont, 4, 2, T0.plusSeconds(60));
        GroupOrderLineWithdrawn martinWithdrawn = new GroupOrderLineWithdrawn(COMMUNITY, order, martin, 1, T0.plusSeconds(90));
        GroupOrderConfirmed confirmed = new GroupOrderConfirmed(COMMUNITY, order, 4, true, T0.plusSeconds(86_400));
        GroupOrderLinePaid paid = new GroupOrderLinePaid(COMMUNITY, order, dupont, 10_000, "cash-1", T0.plusSeconds(90_000));

        for (int round = 0; round < 2; round++) {
            projection.on(opened);
            projection.on(dupontPlaced, 1);
            projection.on(martinPlaced, 2);
            projection.on(dupontChanged, 3);
            projection.on(martinWithdrawn, 4);
            projection.on(confirmed);
            projection.on(paid);
        }
        projection.on(dupontPlaced, 1);

        Map<String, Object> row = jdbc.queryForMap(
                "select status, total_quantity, closed_at_deadline from group_order where group_order_id = ?", order);
        assertThat(row).containsEntry("status", "CONFIRMED").containsEntry("total_quantity", 4L)
                .containsEntry("closed_at_deadline", true);
        assertThat(line(dupont)).containsEntry("quantity", 4L).containsEntry("paid_cents", 10_000L)
                .containsEntry("placed_month", "2026-02");
        assertThat(line(martin)).containsEntry("quantity", 0L);
        assertThat(jdbc.queryForObject("select count(*) from group_order_payment where group_order_id = ?",
                Integer.class, order)).isEqualTo(1);
    }

    @Test
    void a_line_withdrawn_and_placed_again_counts_in_the_month_it_was_placed_again() {
        projection.on(new GroupOrderOpened(COMMUNITY, order, "Caps", 900, 1, T0.plusSeconds(5_000_000), T0));
        projection.on(new GroupOrderLinePlaced(COMMUNITY, order, dupont, 1, 0, T0), 1);
        projection.on(new GroupOrderLineWithdrawn(COMMUNITY, order, dupont, 1, T0.plusSeconds(60)), 2);
        Instant march = Instant.parse("2026-03-10T10:00:00Z");
        projection.on(new GroupOrderLinePlaced(COMMUNITY, order, dupont, 3, 0, march), 3);
        projection.on(new GroupOrderLinePlaced(COMMUNITY, order, dupont, 2, 3, march.plusSeconds(60)), 4);

        assertThat(line(dupont)).containsEntry("quantity", 2L).containsEntry("placed_month", "2026-03");
        assertThat(jdbc.queryForObject("select orders from group_order_lines_per_month where community_id = ?"
                + " and month = '2026-03'", Long.class, COMMUNITY)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select total_quantity from group_order where group_order_id = ?",
                Long.class, order)).isEqualTo(2);
    }

    @Test
    void a_line_placed_and_changed_within_one_batch_is_written_like_event_by_event() {
        harness.batch(() -> {
            projection.on(new GroupOrderOpened(COMMUNITY, order, "Scarves", 1_200, 1, T0.plusSeconds(86_400), T0));
            projection.on(new GroupOrderLinePlaced(COMMUNITY, order, dupont, 1, 0, T0), 1);
            projection.on(new GroupOrderLinePlaced(COMMUNITY, order, dupont, 5, 1, T0.plusSeconds(60)), 2);
            projection.on(new GroupOrderLinePlaced(COMMUNITY, order, martin, 2, 0, T0.plusSeconds(90)), 3);
        });

        assertThat(line(dupont)).containsEntry("quantity", 5L).containsEntry("placed_month", "2026-02");
        assertThat(jdbc.queryForObject("select total_quantity from group_order where group_order_id = ?",
                Long.class, order)).isEqualTo(7);
    }

    private Map<String, Object> line(UUID family) {
        return jdbc.queryForMap("select quantity, paid_cents, placed_month from group_order_line"
                + " where group_order_id = ? and family_id = ?", order, family);
    }

    @AfterAll
    static void dropSchema() {
        harness.close();
    }
}
