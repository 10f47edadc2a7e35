package org.schoolhub.command.grouporder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.command.grouporder.FamilyDirectory.Standing;
import org.schoolhub.shared.commands.CloseGroupOrder;
import org.schoolhub.shared.commands.OpenGroupOrder;
import org.schoolhub.shared.commands.PlaceGroupOrderLine;
import org.schoolhub.shared.commands.RecordGroupOrderPayment;
import org.schoolhub.shared.events.GroupOrderCancelled;
import org.schoolhub.shared.events.GroupOrderConfirmed;
import org.schoolhub.shared.events.GroupOrderLinePaid;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

class GroupOrderTest {

    private static final UUID COMMUNITY = UUID.randomUUID();
    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID DUPONT = UUID.randomUUID();
    private static final UUID MARTIN = UUID.randomUUID();
    private static final UUID LEFT = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DEADLINE = T0.plus(Duration.ofDays(7));
    private static final long PRICE = 2_500;

    private AggregateTestFixture<GroupOrder> fixture;
    private final Map<UUID, Standing> families = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GroupOrder.class);
        fixture.registerInjectableResource(new FixtureClock());
        fixture.registerInjectableResource((FamilyDirectory) id -> families.getOrDefault(id, Standing.UNKNOWN));
        families.put(DUPONT, Standing.ACTIVE);
        families.put(MARTIN, Standing.ACTIVE);
        families.put(LEFT, Standing.WITHDRAWN);
    }

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
                .expectTriggeredDeadlinesWithName(GroupOrder.DEADLINE)
                .expectEvents(confirmed(4, true));
    }

    @Test
    void the_deadline_cancels_an_order_below_its_minimum() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 3, DEADLINE), new PlaceGroupOrderLine(ORDER, DUPONT, 2))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(30))
                .expectTriggeredDeadlinesWithName(GroupOrder.DEADLINE)
                .expectEvents(new GroupOrderCancelled(COMMUNITY, ORDER, 2, true, DEADLINE));
    }

    @Test
    void nothing_happens_before_the_deadline() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 3, DEADLINE))
                .whenThenTimeAdvancesTo(DEADLINE.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(DEADLINE, GroupOrder.DEADLINE);
    }

    @Test
    void a_deadline_after_a_close_by_hand_changes_nothing() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(open("Sweaters", PRICE, 1, DEADLINE), new PlaceGroupOrderLine(ORDER, DUPONT, 1),
                        new CloseGroupOrder(ORDER))
                .whenThenTimeAdvancesTo(DEADLINE)
                .expectTriggeredDeadlinesWithName(GroupOrder.DEADLINE)
                .expectNoEvents();
    }

    // Payments

    @Test
    void a_payment_is_recorded_for_a_line_of_a_confirmed_order() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3), confirmed(3, false))
                .when(new RecordGroupOrderPayment(ORDER, DUPONT, 3 * PRICE, " cash-17 "))
                .expectEvents(new GroupOrderLinePaid(COMMUNITY, ORDER, DUPONT, 3 * PRICE, "cash-17", T0))
                .expectResultMessagePayload(new PaymentResult(ORDER, DUPONT, "cash-17", 3 * PRICE, 3 * PRICE,
                        3 * PRICE, false));
    }

    @Test
    void a_line_can_be_paid_in_parts_but_never_beyond_what_is_due() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3), confirmed(3, false),
                        new GroupOrderLinePaid(COMMUNITY, ORDER, DUPONT, PRICE, "part-1", T0))
                .when(new RecordGroupOrderPayment(ORDER, DUPONT, 2 * PRICE, "part-2"))
                .expectEvents(new GroupOrderLinePaid(COMMUNITY, ORDER, DUPONT, 2 * PRICE, "part-2", T0));
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3), confirmed(3, false),
                        new GroupOrderLinePaid(COMMUNITY, ORDER, DUPONT, PRICE, "part-1", T0))
                .when(new RecordGroupOrderPayment(ORDER, DUPONT, 2 * PRICE + 1, "part-2"))
                .expectException(rejectedWith(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
    }

    @Test
    void a_repeated_reference_books_once_and_a_reused_one_with_another_amount_conflicts() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3), confirmed(3, false),
                        new GroupOrderLinePaid(COMMUNITY, ORDER, DUPONT, PRICE, "tr_abc", T0))
                .when(new RecordGroupOrderPayment(ORDER, DUPONT, PRICE, "tr_abc"))
                .expectNoEvents()
                .expectResultMessagePayload(new PaymentResult(ORDER, DUPONT, "tr_abc", PRICE, PRICE, 3 * PRICE, true));
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3), confirmed(3, false),
                        new GroupOrderLinePaid(COMMUNITY, ORDER, DUPONT, PRICE, "tr_abc", T0))
                .when(new RecordGroupOrderPayment(ORDER, DUPONT, 2 * PRICE, "tr_abc"))
                .expectException(rejectedWith(ErrorCode.CONFLICT)).expectNoEvents();
    }

    @Test
    void only_a_confirmed_order_takes_payments() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3))
                .when(new RecordGroupOrderPayment(ORDER, DUPONT, PRICE, "early"))
                .expectException(rejectedWith(ErrorCode.CONFLICT)).expectNoEvents();
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 1), cancelled(1, true))
                .when(new RecordGroupOrderPayment(ORDER, DUPONT, PRICE, "late"))
                .expectException(rejectedWith(ErrorCode.CONFLICT)).expectNoEvents();
    }

    @Test
    void a_family_without_a_line_has_nothing_to_pay() {
        fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3), confirmed(3, false))
                .when(new RecordGroupOrderPayment(ORDER, MARTIN, PRICE, "ref"))
                .expectException(rejectedWith(ErrorCode.NOT_FOUND)).expectNoEvents();
    }

    @Test
    void bad_payment_input_is_refused() {
        for (RecordGroupOrderPayment bad : new RecordGroupOrderPayment[] {
                new RecordGroupOrderPayment(ORDER, DUPONT, 0, "ref"),
                new RecordGroupOrderPayment(ORDER, DUPONT, -PRICE, "ref"),
                new RecordGroupOrderPayment(ORDER, DUPONT, PRICE, "  "),
                new RecordGroupOrderPayment(ORDER, DUPONT, PRICE, "r".repeat(101))}) {
            fixture.givenCurrentTime(T0).andGiven(opened(3), placed(DUPONT, 3), confirmed(3, false))
                    .when(bad).expectException(rejectedWith(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
        }
    }

    // Helpers

    private static OpenGroupOrder open(String title, long price, long minimum, Instant deadline) {
        return new OpenGroupOrder(ORDER, COMMUNITY, title, price, minimum, deadline);
    }

    private static GroupOrderOpened opened(long minimum) {
        return new GroupOrderOpened(COMMUNITY, ORDER, "School sweaters", PRICE, minimum, DEADLINE, T0);
    }

    private static GroupOrderLinePlaced placed(UUID family, long quantity) {
        return new GroupOrderLinePlaced(COMMUNITY, ORDER, family, quantity, 0, T0);
    }

    private static GroupOrderConfirmed confirmed(long total, boolean atDeadline) {
        return new GroupOrderConfirmed(COMMUNITY, ORDER, total, atDeadline, atDeadline ? DEADLINE : T0);
    }

    private static GroupOrderCancelled cancelled(long total, boolean atDeadline) {
        return new GroupOrderCancelled(COMMUNITY, ORDER, total, atDeadline, atDeadline ? DEADLINE : T0);
    }

    private static Matcher<Throwable> rejectedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable e) {
                return e instanceof RejectedException rejected && rejected.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RejectedException " + code);
            }
        };
    }

    /** The fixture's own notion of now, so that deadlines and "before the deadline" agree. */
    private final class FixtureClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
