package org.schoolhub.command.grouporder;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.schoolhub.shared.commands.CloseGroupOrder;
import org.schoolhub.shared.commands.PlaceGroupOrderLine;
import org.schoolhub.shared.events.GroupOrderCancelled;
import org.schoolhub.shared.events.GroupOrderDeadlineApproached;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.values.ErrorCode;

/** Closing by hand and at the deadline (fired through fixture time). */
class GroupOrderClosingTest extends GroupOrderFixture {

    // Closing by hand

    @Test
    void closing_by_hand_confirms_an_order_that_reached_its_minimum() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 2), placed(MARTIN, 1))
                .when(new CloseGroupOrder(ORDER))
                .expectEvents(confirmed(3, false))
                .expectResultMessagePayload(new ClosingResult(ORDER, "CONFIRMED", 3));
    }

    @Test
    void closing_by_hand_cancels_an_order_below_its_minimum() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 2), placed(MARTIN, 1),
                        new GroupOrderLineWithdrawn(COMMUNITY, ORDER, MARTIN, 1, T0))
                .when(new CloseGroupOrder(ORDER))
                .expectEvents(cancelled(2, false))
                .expectResultMessagePayload(new ClosingResult(ORDER, "CANCELLED", 2));
    }

    @Test
    void closing_a_closed_order_again_is_refused() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), cancelled(0, true))
                .when(new CloseGroupOrder(ORDER))
                .expectException(rejectedWith(ErrorCode.GROUP_ORDER_CLOSED)).expectNoEvents();
    }

    // Closing at the deadline

    @Test
    void the_deadline_confirms_an_order_that_reached_its_minimum() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 3, DEADLINE), new PlaceGroupOrderLine(ORDER, DUPONT, 2),
                        new PlaceGroupOrderLine(ORDER, MARTIN, 2))
                .whenThenTimeAdvancesTo(DEADLINE)
                .expectTriggeredDeadlinesWithName(GroupOrder.DEADLINE_SOON, GroupOrder.DEADLINE)
                .expectEvents(soon(), confirmed(4, true));
    }

    @Test
    void the_deadline_cancels_an_order_below_its_minimum() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 3, DEADLINE), new PlaceGroupOrderLine(ORDER, DUPONT, 2))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(30))
                .expectTriggeredDeadlinesWithName(GroupOrder.DEADLINE_SOON, GroupOrder.DEADLINE)
                .expectEvents(soon(), new GroupOrderCancelled(COMMUNITY, ORDER, 2, true, DEADLINE));
    }

    @Test
    void nothing_happens_before_the_reminder() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 3, DEADLINE))
                .whenThenTimeAdvancesTo(DEADLINE.minus(REMINDER).minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(DEADLINE.minus(REMINDER), GroupOrder.DEADLINE_SOON)
                .expectScheduledDeadlineWithName(DEADLINE, GroupOrder.DEADLINE);
    }

    @Test
    void the_reminder_tells_that_an_open_order_closes_soon_and_then_nothing_happens_before_the_deadline() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 3, DEADLINE))
                .whenThenTimeAdvancesTo(DEADLINE.minusSeconds(1))
                .expectTriggeredDeadlinesWithName(GroupOrder.DEADLINE_SOON)
                .expectEvents(soon())
                .expectScheduledDeadlineWithName(DEADLINE, GroupOrder.DEADLINE);
    }

    @Test
    void an_order_closed_by_hand_gets_no_reminder() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 1, DEADLINE), new CloseGroupOrder(ORDER))
                .whenThenTimeAdvancesTo(DEADLINE.minusSeconds(1))
                .expectTriggeredDeadlinesWithName(GroupOrder.DEADLINE_SOON)
                .expectNoEvents();
    }

    @Test
    void an_order_opened_closer_to_its_deadline_than_the_reminder_gets_none() {
        Instant near = T0.plus(REMINDER).minusSeconds(60);
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 1, near))
                .whenThenTimeAdvancesTo(near.minusSeconds(1))
                .expectNoScheduledDeadlineWithName(near.minus(REMINDER), GroupOrder.DEADLINE_SOON)
                .expectNoEvents();
    }

    private static GroupOrderDeadlineApproached soon() {
        return new GroupOrderDeadlineApproached(COMMUNITY, ORDER, DEADLINE, DEADLINE.minus(REMINDER));
    }

    @Test
    void a_deadline_after_a_close_by_hand_changes_nothing() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 1, DEADLINE), new PlaceGroupOrderLine(ORDER, DUPONT, 1),
                        new CloseGroupOrder(ORDER))
                .whenThenTimeAdvancesTo(DEADLINE)
                .expectTriggeredDeadlinesWithName(GroupOrder.DEADLINE_SOON, GroupOrder.DEADLINE)
                .expectNoEvents();
    }
}
