package org.schoolhub.query.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.events.IndicatorRecorded;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The metric projections against PostgreSQL, called directly (outside a unit of work a write
 * runs at once). Their events lie in 2019, so the months they fill are theirs alone, whatever
 * the other tests of the shared database do today.
 */
class MetricsProjectionsDbTest extends ApiTest {

    private static final UUID COMMUNITY = UUID.randomUUID();

    @Autowired
    SelMetricsProjection sel;
    @Autowired
    ActivityProjection activity;
    @Autowired
    OrderMetricsProjection orders;
    @Autowired
    CommunityProgressProjection progress;
    @Autowired
    MetricsReader reader;
    @Autowired
    Heartbeats heartbeats;
    @Autowired
    JdbcTemplate jdbc;

    private static Instant brussels(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant();
    }

    private static SelTransferCompleted transfer(UUID from, UUID to, long amount, Instant at) {
        return new SelTransferCompleted(COMMUNITY, UUID.randomUUID(), from, to, amount, -amount, amount, at);
    }

    @Test
    void transfers_count_once_in_the_month_of_their_booking_in_brussels_time() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        long totalBefore = reader.selTransfersTotal();
        // 23:30 UTC on 31 January is 00:30 on 1 February in Brussels
        SelTransferCompleted february = transfer(a, b, 40, Instant.parse("2019-01-31T23:30:00Z"));
        SelTransferCompleted january = transfer(b, a, 15, brussels("2019-01-10T12:00"));
        sel.on(february);
        sel.on(february);
        sel.on(january);

        List<MetricsReader.MonthlyFigures> months = reader.monthly(2, brussels("2019-02-20T12:00"));
        assertThat(months).extracting(MetricsReader.MonthlyFigures::month).containsExactly("2019-01", "2019-02");
        assertThat(months.get(0).selTransfers()).isEqualTo(1);
        assertThat(months.get(0).selVolume()).isEqualTo(15);
        assertThat(months.get(1).selTransfers()).as("the same event twice counts once").isEqualTo(1);
        assertThat(months.get(1).selVolume()).isEqualTo(40);
        assertThat(reader.selTransfersTotal()).isEqualTo(totalBefore + 2);
    }

    @Test
    void a_reversed_transfer_no_longer_counts_and_the_reversal_is_no_transfer() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        SelTransferCompleted original = transfer(a, b, 30, brussels("2019-03-05T10:00"));
        sel.on(original);
        SelTransferReversed reversal = new SelTransferReversed(COMMUNITY, UUID.randomUUID(), original.transferId(), b, a,
                30, 0, 0, brussels("2019-03-06T10:00"));
        sel.on(reversal);
        sel.on(reversal);

        MetricsReader.MonthlyFigures march = reader.monthly(1, brussels("2019-03-20T10:00")).get(0);
        assertThat(march.selTransfers()).isZero();
        assertThat(march.selVolume()).isZero();
    }

    @Test
    void active_families_are_those_that_paid_were_paid_or_acted_in_the_trailing_30_days() {
        UUID payer = UUID.randomUUID();
        UUID payee = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        UUID idle = UUID.randomUUID();
        UUID coordinator = UUID.randomUUID();
        for (UUID family : List.of(payer, payee, actor, idle)) {
            activity.on(new FamilyEnrolled(COMMUNITY, family, brussels("2019-04-01T09:00")), coordinator.toString());
        }
        // the coordinator entered the transfer: both families took part, the coordinator is no family
        SelTransferCompleted paid = transfer(payer, payee, 10, brussels("2019-05-20T10:00"));
        activity.on(paid, coordinator.toString(), (String) null);
        activity.on(paid, coordinator.toString(), (String) null);
        activity.on(new IndicatorRecorded(COMMUNITY, "criticalBugs", 0, brussels("2019-05-25T10:00")), actor.toString(),
                Instant.now());

        assertThat(reader.activeFamilies(brussels("2019-06-10T12:00"))).isEqualTo(3);
        assertThat(reader.activeFamilies(brussels("2019-06-20T12:00"))).as("the transfer is 31 days old").isEqualTo(1);
        assertThat(reader.activeFamilies(brussels("2019-04-15T12:00"))).as("nobody acted in April but the enrolling coordinator")
                .isZero();
        MetricsReader.MonthlyFigures may = reader.monthly(1, brussels("2019-05-31T12:00")).get(0);
        assertThat(may.activeFamilies()).isEqualTo(3);
    }

    @Test
    void a_reversed_transfer_makes_no_family_active() {
        UUID payer = UUID.randomUUID();
        UUID payee = UUID.randomUUID();
        UUID coordinator = UUID.randomUUID();
        for (UUID family : List.of(payer, payee)) {
            activity.on(new FamilyEnrolled(COMMUNITY, family, brussels("2019-09-01T09:00")), coordinator.toString());
        }
        SelTransferCompleted paid = transfer(payer, payee, 10, brussels("2019-09-20T10:00"));
        activity.on(paid, payer.toString(), (String) null);
        assertThat(reader.activeFamilies(brussels("2019-09-25T12:00"))).isEqualTo(2);

        SelTransferReversed reversal = new SelTransferReversed(COMMUNITY, UUID.randomUUID(), paid.transferId(), payee,
                payer, 10, 0, 0, brussels("2019-09-21T10:00"));
        activity.on(reversal);
        activity.on(reversal);
        activity.on(paid, payer.toString(), (String) null);
        assertThat(reader.activeFamilies(brussels("2019-09-25T12:00"))).as("neither the payer nor the payee").isZero();

        // a rollback books compensations, as the operator: families did nothing
        SelTransferCompleted rebooked = transfer(payer, payee, 10, brussels("2019-09-22T10:00"));
        activity.on(rebooked, UUID.randomUUID().toString(), UUID.randomUUID().toString());
        assertThat(reader.activeFamilies(brussels("2019-09-25T12:00"))).as("a rollback's re-booking").isZero();
        assertThat(reader.monthly(1, brussels("2019-09-30T12:00")).get(0).activeFamilies()).isZero();
    }

    @Test
    void a_group_order_line_counts_in_its_month_until_withdrawn() {
        UUID order = UUID.randomUUID();
        UUID family = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Instant placed = brussels("2019-07-04T10:00");
        orders.on(new GroupOrderLinePlaced(COMMUNITY, order, family, 2, 0, placed), 1);
        orders.on(new GroupOrderLinePlaced(COMMUNITY, order, family, 2, 0, placed), 1);
        orders.on(new GroupOrderLinePlaced(COMMUNITY, order, other, 1, 0, placed), 2);
        orders.on(new GroupOrderLinePlaced(COMMUNITY, order, family, 3, 2, brussels("2019-08-02T10:00")), 3);
        assertThat(reader.monthly(2, brussels("2019-08-10T10:00"))).extracting(MetricsReader.MonthlyFigures::orders)
                .as("a new quantity does not move the line").containsExactly(2L, 0L);

        GroupOrderLineWithdrawn withdrawn = new GroupOrderLineWithdrawn(COMMUNITY, order, other, 1, brussels("2019-07-10T10:00"));
        orders.on(withdrawn, 4);
        orders.on(withdrawn, 4);
        assertThat(reader.monthly(1, brussels("2019-07-20T10:00")).get(0).orders()).isEqualTo(1);
    }

    @Test
    void lines_placed_and_changed_within_one_processor_batch_count_as_event_by_event() {
        UUID order = UUID.randomUUID();
        UUID family = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Instant placed = brussels("2018-07-04T10:00");
        // one unit of work, as the processor runs a batch: the same line's upsert twice in one flush
        inOneProcessorBatch(() -> {
            orders.on(new GroupOrderLinePlaced(COMMUNITY, order, family, 2, 0, placed), 1);
            orders.on(new GroupOrderLinePlaced(COMMUNITY, order, family, 3, 2, brussels("2018-08-02T10:00")), 2);
            orders.on(new GroupOrderLinePlaced(COMMUNITY, order, other, 1, 0, placed), 3);
        });
        assertThat(reader.monthly(2, brussels("2018-08-10T10:00"))).extracting(MetricsReader.MonthlyFigures::orders)
                .as("a new quantity does not move the line").containsExactly(2L, 0L);
    }

    @Test
    void an_indicator_keeps_its_latest_value_and_a_repeat_changes_nothing() {
        String name = "eventsPerMonth";
        progress.on(new IndicatorRecorded(COMMUNITY, name, 7, Instant.now()), 1_000_000);
        progress.on(new IndicatorRecorded(COMMUNITY, name, 12, Instant.now()), 1_000_001);
        progress.on(new IndicatorRecorded(COMMUNITY, name, 7, Instant.now()), 1_000_000);
        assertThat(reader.indicators().get(name)).isEqualTo(12d);
        jdbc.update("delete from metric_indicator where name = ?", name);
    }

    @Test
    void a_gap_of_more_than_two_minutes_between_heartbeats_is_downtime() {
        // in 2099: far from the beats of the running service, and from their clean-up of old rows
        UUID node = UUID.randomUUID();
        Instant start = Instant.parse("2099-09-01T00:00:00Z");
        for (int minute = 0; minute <= 60; minute++) {
            beat(node, start.plus(Duration.ofMinutes(minute)));
        }
        // an outage of 30 minutes, then the restarted service beats again for 29 minutes
        for (int minute = 90; minute <= 120; minute++) {
            beat(node, start.plus(Duration.ofMinutes(minute)));
        }
        Double uptime = heartbeats.uptimePercent(start.plus(Duration.ofMinutes(120)));
        assertThat(uptime).isEqualTo(75.0);
        assertThat(heartbeats.uptimePercent(start.plus(Duration.ofMinutes(60)))).as("before the outage").isEqualTo(100.0);
        assertThat(heartbeats.uptimePercent(Instant.parse("2099-08-01T00:00:00Z"))).as("no beat yet").isNull();
    }

    private void beat(UUID node, Instant at) {
        jdbc.update("insert into uptime_heartbeat (node_id, beat_at) values (?, ?)", node, Timestamp.from(at));
    }
}
