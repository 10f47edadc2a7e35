package org.schoolhub.command.grouporder;

import org.schoolhub.command.web.CommandSender;
import org.schoolhub.shared.commands.RecordGroupOrderPayment;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The default payment step: a coordinator records money received (cash, bank transfer) by hand. */
@Component
@ConditionalOnProperty(name = "schoolhub.payments.provider", havingValue = "manual", matchIfMissing = true)
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
