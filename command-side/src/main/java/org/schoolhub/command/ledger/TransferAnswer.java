package org.schoolhub.command.ledger;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.schoolhub.shared.values.TransferReceipt;

/**
 * The answer of POST /api/sel/transfers and of a reversal: the booked entry with both balances
 * right after it; a reversal also names the transfer it reverses.
 */
record TransferAnswer(UUID transferId, String status, UUID from, UUID to, long amount, String memo, Instant at,
                      long fromBalance, long toBalance,
                      @JsonInclude(JsonInclude.Include.NON_NULL) UUID reverses) {

    static TransferAnswer of(TransferReceipt receipt) {
        return reversing(receipt, null);
    }

    static TransferAnswer reversing(TransferReceipt receipt, UUID reverses) {
        return new TransferAnswer(receipt.transferId(), "COMPLETED", receipt.from(), receipt.to(), receipt.amount(),
                receipt.memo(), receipt.at(), receipt.fromBalance(), receipt.toBalance(), reverses);
    }
}
