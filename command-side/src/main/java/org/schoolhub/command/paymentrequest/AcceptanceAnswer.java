package org.schoolhub.command.paymentrequest;

import java.time.Instant;
import java.util.UUID;

import org.schoolhub.shared.values.TransferReceipt;

/** The answer of an acceptance: the transfer booked, as POST /api/sel/transfers answers one, and the request it pays. */
record AcceptanceAnswer(UUID transferId, String status, UUID from, UUID to, long amount, String memo, Instant at,
                        long fromBalance, long toBalance, UUID requestId, String requestStatus) {

    static AcceptanceAnswer of(TransferReceipt receipt, UUID requestId, String requestStatus) {
        return new AcceptanceAnswer(receipt.transferId(), "COMPLETED", receipt.from(), receipt.to(), receipt.amount(),
                receipt.memo(), receipt.at(), receipt.fromBalance(), receipt.toBalance(), requestId, requestStatus);
    }
}
