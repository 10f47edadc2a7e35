package org.schoolhub.operations.rollback;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.schoolhub.shared.values.LedgerRollbackReceipt;

/**
 * One compensating command a rollback had committed: a SEL compensation names its transfers, an
 * order line its order, family and restored quantity; the fields of the other kind are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommandSent(String kind, UUID transferId, UUID newTransferId, UUID groupOrderId, UUID familyId, Long quantity) {

    static CommandSent of(LedgerRollbackReceipt.Compensation compensation) {
        return new CommandSent(compensation.kind().name(), compensation.transferId(), compensation.newTransferId(),
                null, null, null);
    }

    static CommandSent orderLine(RollbackPlan.LineChange line) {
        return new CommandSent("ORDER_LINE", null, null, line.groupOrderId(), line.familyId(), line.restoreTo());
    }
}
