package org.schoolhub.command.grouporder;

import java.time.Duration;
import java.time.Instant;

import org.schoolhub.shared.commands.OpenGroupOrder;
import org.schoolhub.shared.commands.PlaceGroupOrderLine;
import org.schoolhub.shared.commands.RecordGroupOrderPayment;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

/**
 * The bounds of sane input for group orders. The HTTP layer checks them too; the aggregate does
 * not trust its callers, so a command that bypasses the controller is refused the same way.
 */
final class OrderTerms {

    static final int MAX_TITLE = 200;
    static final long MAX_UNIT_PRICE_CENTS = 1_000_000;
    static final long MAX_MIN_QUANTITY = 100_000;
    static final long MAX_LINE_QUANTITY = 1_000;
    static final long MAX_PAYMENT_CENTS = MAX_UNIT_PRICE_CENTS * MAX_LINE_QUANTITY;
    static final int MAX_REFERENCE = 100;
    static final Duration MAX_HORIZON = Duration.ofDays(366);

    private OrderTerms() {
    }

    static void check(OpenGroupOrder command, Instant now) {
        String title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw invalid("title", "must be 1 to " + MAX_TITLE + " characters");
        }
        if (command.unitPriceCents() < 1 || command.unitPriceCents() > MAX_UNIT_PRICE_CENTS) {
            throw invalid("unitPriceCents", "must be between 1 and " + MAX_UNIT_PRICE_CENTS);
        }
        if (command.minQuantity() < 1 || command.minQuantity() > MAX_MIN_QUANTITY) {
            throw invalid("minQuantity", "must be between 1 and " + MAX_MIN_QUANTITY);
        }
        if (command.deadline() == null || !command.deadline().isAfter(now)) {
            throw invalid("deadline", "must be in the future");
        }
        if (command.deadline().isAfter(now.plus(MAX_HORIZON))) {
            throw invalid("deadline", "must be within " + MAX_HORIZON.toDays() + " days");
        }
    }

    static void check(PlaceGroupOrderLine command) {
        if (command.quantity() < 0 || command.quantity() > MAX_LINE_QUANTITY) {
            throw invalid("quantity", "must be between 0 and " + MAX_LINE_QUANTITY);
        }
    }

    static void check(RecordGroupOrderPayment command) {
        if (command.amountCents() < 1 || command.amountCents() > MAX_PAYMENT_CENTS) {
            throw invalid("amountCents", "must be between 1 and " + MAX_PAYMENT_CENTS);
        }
        String reference = command.reference() == null ? "" : command.reference().strip();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE) {
            throw invalid("reference", "must be 1 to " + MAX_REFERENCE + " characters");
        }
    }

    static RejectedException invalid(String field, String message) {
        return new RejectedException(ErrorCode.VALIDATION_FAILED, field, message);
    }
}
