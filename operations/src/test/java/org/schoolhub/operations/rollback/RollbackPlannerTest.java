package org.schoolhub.operations.rollback;

import org.schoolhub.operations.events.EventFold;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.schoolhub.shared.events.SelAccountClosed;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;

class RollbackPlannerTest {

    private static final UUID COMMUNITY = UUID.randomUUID();
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final EventFold fold = new EventFold();
    private long position;

    @Test
    void transfers_booked_since_are_reversed_newest_first_and_old_ones_reversed_since_are_booked_again() {
        open(a, b, c);
        UUID old = transfer(a, b, 30);
        EventFold.View atSnapshot = fold.view();
        int before = fold.movements().size();
        UUID first = transfer(b, c, 10);
        UUID second = transfer(c, a, 4);
        UUID undone = transfer(a, c, 3);
        reverse(undone, c, a, 3);
        reverse(old, b, a, 30);

        RollbackPlan plan = plan(atSnapshot, before, -300, 600);

        assertThat(plan.steps()).extracting(RollbackPlan.Step::transferId).containsExactly(old, second, first);
        assertThat(plan.transferIds(RollbackPlan.Kind.REBOOK)).containsExactly(old);
        assertThat(plan.steps().get(0)).isEqualTo(new RollbackPlan.Step(RollbackPlan.Kind.REBOOK, old, a, b, 30));
        assertThat(plan.balancesAfter()).containsEntry(a, -30L).containsEntry(b, 30L).containsEntry(c, 0L);
        assertThat(plan.executable()).isTrue();
    }

    @Test
    void a_plan_that_would_break_a_limit_or_touch_a_withdrawn_family_is_not_executable() {
        open(a, b, c);
        EventFold.View atSnapshot = fold.view();
        int before = fold.movements().size();
        transfer(a, b, 50);
        transfer(b, a, 50);
        fold.apply(++position, new SelAccountClosed(COMMUNITY, b, T));

        RollbackPlan plan = plan(atSnapshot, before, -30, 600);

        assertThat(plan.executable()).isFalse();
        assertThat(plan.problems()).anyMatch(p -> p.contains("withdrawn")).anyMatch(p -> p.contains("lower limit"));
    }

    @Test
    void an_undo_that_would_pass_a_limit_waits_until_a_later_one_makes_room_as_the_ledger_does() {
        UUID d = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        open(a, b, c, d, e);
        transfer(b, c, 100);
        EventFold.View atSnapshot = fold.view();
        int before = fold.movements().size();
        UUID lent = transfer(a, b, 50);
        UUID paid = transfer(b, d, 30);
        UUID received = transfer(e, b, 60);
        reverse(lent, b, a, 50);

        RollbackPlan plan = plan(atSnapshot, before, -100, 100);

        assertThat(plan.steps()).extracting(RollbackPlan.Step::transferId).containsExactly(paid, received);
        assertThat(plan.executable()).as(plan.problems().toString()).isTrue();
        assertThat(plan.balancesAfter()).containsEntry(b, -100L).containsEntry(c, 100L).containsEntry(e, 0L);
    }

    @Test
    void order_lines_changed_since_are_set_back_on_orders_still_open() {
        open(a, b, c);
        UUID order = UUID.randomUUID();
        fold.apply(++position, new GroupOrderOpened(COMMUNITY, order, "Sweaters", 2500, 5, T, T));
        fold.apply(++position, new GroupOrderLinePlaced(COMMUNITY, order, a, 2, 0, T));
        fold.apply(++position, new GroupOrderLinePlaced(COMMUNITY, order, b, 1, 0, T));
        EventFold.View atSnapshot = fold.view();
        int before = fold.movements().size();
        fold.apply(++position, new GroupOrderLinePlaced(COMMUNITY, order, a, 5, 2, T));
        fold.apply(++position, new GroupOrderLineWithdrawn(COMMUNITY, order, b, 1, T));
        fold.apply(++position, new GroupOrderLinePlaced(COMMUNITY, order, c, 3, 0, T));
        UUID later = UUID.randomUUID();
        fold.apply(++position, new GroupOrderOpened(COMMUNITY, later, "Books", 900, 5, T, T));
        fold.apply(++position, new GroupOrderLinePlaced(COMMUNITY, later, a, 1, 0, T));

        RollbackPlan plan = plan(atSnapshot, before, -300, 600);

        assertThat(plan.lines()).containsExactlyInAnyOrder(
                new RollbackPlan.LineChange(order, a, 5, 2),
                new RollbackPlan.LineChange(order, b, 0, 1),
                new RollbackPlan.LineChange(order, c, 3, 0),
                new RollbackPlan.LineChange(later, a, 1, 0));
        assertThat(plan.steps()).isEmpty();
    }

    private RollbackPlan plan(EventFold.View atSnapshot, int before, long lower, long upper) {
        List<EventFold.Movement> movements = fold.movements();
        return RollbackPlanner.plan(atSnapshot, fold.view(), movements.subList(before, movements.size()), lower, upper);
    }

    private void open(UUID... families) {
        for (UUID family : families) {
            fold.apply(++position, new SelAccountOpened(COMMUNITY, family, T));
        }
    }

    private UUID transfer(UUID from, UUID to, long amount) {
        UUID id = UUID.randomUUID();
        EventFold.View view = fold.view();
        fold.apply(++position, new SelTransferCompleted(COMMUNITY, id, from, to, amount,
                view.balanceOf(from) - amount, view.balanceOf(to) + amount, T));
        return id;
    }

    private void reverse(UUID original, UUID from, UUID to, long amount) {
        EventFold.View view = fold.view();
        fold.apply(++position, new SelTransferReversed(COMMUNITY, UUID.randomUUID(), original, from, to, amount,
                view.balanceOf(from) - amount, view.balanceOf(to) + amount, T));
    }
}
