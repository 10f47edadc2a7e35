package org.schoolhub.command.grouporder;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.shared.commands.PlaceGroupOrderLine;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.values.ErrorCode;

/** Opening an order and setting lines: the rules for input and for who may order. */
class GroupOrderOpeningTest extends GroupOrderFixture {

    // Opening

    @Test
    void a_coordinator_opens_an_order_whose_deadline_is_scheduled() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                .when(open("  School sweaters  ", PRICE, 3, DEADLINE))
                .expectEvents(opened(3))
                .expectScheduledDeadline(DEADLINE, new GroupOrderDeadline(ORDER, DEADLINE));
    }

    @Test
    void a_title_that_is_empty_or_longer_than_200_characters_is_refused() {
        fixture.givenCurrentTime(T0).when(open("   ", PRICE, 3, DEADLINE))
                .expectException(rejectedWith(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
        fixture.givenCurrentTime(T0).when(open("x".repeat(201), PRICE, 3, DEADLINE))
                .expectException(rejectedWith(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
    }

    @Test
    void negative_zero_or_absurd_prices_and_minimums_are_refused() {
        for (long price : new long[] {-1, 0, OrderTerms.MAX_UNIT_PRICE_CENTS + 1}) {
            fixture.givenCurrentTime(T0).when(open("Sweaters", price, 3, DEADLINE))
                    .expectException(rejectedWith(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
        }
        for (long minimum : new long[] {-5, 0, OrderTerms.MAX_MIN_QUANTITY + 1}) {
            fixture.givenCurrentTime(T0).when(open("Sweaters", PRICE, minimum, DEADLINE))
                    .expectException(rejectedWith(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
        }
    }

    @Test
    void a_deadline_that_is_past_now_or_more_than_a_year_ahead_is_refused() {
        for (Instant deadline : new Instant[] {T0.minusSeconds(1), T0, T0.plus(Duration.ofDays(367))}) {
            fixture.givenCurrentTime(T0).when(open("Sweaters", PRICE, 3, deadline))
                    .expectException(rejectedWith(ErrorCode.VALIDATION_FAILED))
                    .expectNoEvents().expectNoScheduledDeadlines();
        }
    }

    // Lines

    @Test
    void a_family_places_a_line_and_changes_its_quantity() {
        fixture.givenCurrentTime(T0).andGiven(opened(3))
                .when(new PlaceGroupOrderLine(ORDER, DUPONT, 2))
                .expectEvents(new GroupOrderLinePlaced(COMMUNITY, ORDER, DUPONT, 2, 0, T0))
                .expectResultMessagePayload(new LineResult(ORDER, DUPONT, 2, 2));
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 2))
                .when(new PlaceGroupOrderLine(ORDER, DUPONT, 5))
                .expectEvents(new GroupOrderLinePlaced(COMMUNITY, ORDER, DUPONT, 5, 2, T0));
    }

    @Test
    void quantity_zero_withdraws_the_line() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 2), placed(MARTIN, 1))
                .when(new PlaceGroupOrderLine(ORDER, DUPONT, 0))
                .expectEvents(new GroupOrderLineWithdrawn(COMMUNITY, ORDER, DUPONT, 2, T0))
                .expectResultMessagePayload(new LineResult(ORDER, DUPONT, 0, 1));
    }

    @Test
    void the_same_quantity_again_or_withdrawing_a_missing_line_changes_nothing() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 2))
                .when(new PlaceGroupOrderLine(ORDER, DUPONT, 2)).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.givenCurrentTime(T0).andGiven(opened(3))
                .when(new PlaceGroupOrderLine(ORDER, MARTIN, 0)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void negative_or_absurd_quantities_are_refused() {
        for (long quantity : new long[] {-1, OrderTerms.MAX_LINE_QUANTITY + 1, Long.MAX_VALUE}) {
            fixture.givenCurrentTime(T0).andGiven(opened(3))
                    .when(new PlaceGroupOrderLine(ORDER, DUPONT, quantity))
                    .expectException(rejectedWith(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
        }
    }

    @Test
    void an_unknown_family_cannot_place_a_line() {
        fixture.givenCurrentTime(T0).andGiven(opened(3))
                .when(new PlaceGroupOrderLine(ORDER, UUID.randomUUID(), 1))
                .expectException(rejectedWith(ErrorCode.FAMILY_NOT_FOUND)).expectNoEvents();
    }

    @Test
    void a_withdrawn_family_cannot_order_but_can_still_withdraw_its_line() {
        fixture.givenCurrentTime(T0).andGiven(opened(3))
                .when(new PlaceGroupOrderLine(ORDER, LEFT, 1))
                .expectException(rejectedWith(ErrorCode.FAMILY_WITHDRAWN)).expectNoEvents();
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(LEFT, 2))
                .when(new PlaceGroupOrderLine(ORDER, LEFT, 0))
                .expectEvents(new GroupOrderLineWithdrawn(COMMUNITY, ORDER, LEFT, 2, T0));
    }

    @Test
    void lines_are_closed_from_the_deadline_on_even_before_the_deadline_fired() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 2)).andGivenCurrentTime(DEADLINE)
                .when(new PlaceGroupOrderLine(ORDER, DUPONT, 3))
                .expectException(rejectedWith(ErrorCode.GROUP_ORDER_CLOSED)).expectNoEvents();
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 2)).andGivenCurrentTime(DEADLINE)
                .when(new PlaceGroupOrderLine(ORDER, DUPONT, 0))
                .expectException(rejectedWith(ErrorCode.GROUP_ORDER_CLOSED)).expectNoEvents();
    }

    @Test
    void lines_cannot_change_once_the_order_is_closed() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3), confirmed(3, false))
                .when(new PlaceGroupOrderLine(ORDER, DUPONT, 0))
                .expectException(rejectedWith(ErrorCode.GROUP_ORDER_CLOSED)).expectNoEvents();
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 1), cancelled(1, false))
                .when(new PlaceGroupOrderLine(ORDER, MARTIN, 5))
                .expectException(rejectedWith(ErrorCode.GROUP_ORDER_CLOSED)).expectNoEvents();
    }
}
