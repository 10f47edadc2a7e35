package org.schoolhub.command.grouporder;

import org.junit.jupiter.api.Test;
import org.schoolhub.shared.commands.RecordGroupOrderPayment;
import org.schoolhub.shared.events.GroupOrderLinePaid;
import org.schoolhub.shared.values.ErrorCode;

/** Payments for the lines of a confirmed order. */
class GroupOrderPaymentTest extends GroupOrderFixture {

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
}
