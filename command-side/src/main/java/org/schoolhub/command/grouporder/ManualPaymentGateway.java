package org.schoolhub.command.grouporder;

import org.schoolhub.command.web.CommandSender;
import org.schoolhub.shared.commands.RecordGroupOrderPayment;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * The payment step: a coordinator records money received (cash, bank transfer) by hand. The only
 * provider so far; the application's configuration accepts no other (schoolhub.payments.provider).
 */
@Component
class ManualPaymentGateway implements PaymentGateway {

    private final CommandSender commands;

    ManualPaymentGateway(CommandSender commands) {
        this.commands = commands;
    }

    @Override
    public PaymentOutcome pay(LinePayment payment, Caller caller) {
        PaymentResult result = commands.send(new RecordGroupOrderPayment(payment.groupOrderId(), payment.familyId(),
                payment.amountCents(), payment.reference()), caller, ErrorCode.NOT_FOUND);
        return PaymentOutcome.recorded(result);
    }
}
