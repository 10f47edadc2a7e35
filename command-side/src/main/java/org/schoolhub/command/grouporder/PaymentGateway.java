package org.schoolhub.command.grouporder;

import org.schoolhub.support.web.Caller;

/**
 * The payment step for a line of a confirmed order: the one place where a payment provider plugs
 * in. The default, {@link ManualPaymentGateway}, records a payment a coordinator received by hand.
 *
 * <p>An online provider (Mollie, say) implements {@link #pay} by creating a payment at the
 * provider with an idempotency key derived from order, family and reference, and answers
 * {@link PaymentOutcome#pending}; its webhook endpoint then sends {@code RecordGroupOrderPayment}
 * with the provider's payment id as reference once the provider reports it paid. The order
 * treats a reference it has already recorded as a repeat, so a webhook delivered twice books
 * once. Select an implementation with {@code schoolhub.payments.provider} (default manual).
 */
public interface PaymentGateway {

    PaymentOutcome pay(LinePayment payment, Caller caller);
}
