package org.schoolhub.command.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the ledger remembers of one booked movement: enough to answer a repeated request with
 * the first answer, to reverse it, and to show its memo.
 */
public record RecordedTransfer(UUID transferId, Kind kind, UUID payer, UUID payee, long amount, String memo,
                               Instant bookedAt, long payerBalance, long payeeBalance,
                               UUID reverses, UUID reversedBy) {

    /** A transfer entered by a family or coordinator, or the reversal of one. */
    public enum Kind { TRANSFER, REVERSAL }

    /** Same payer, payee, amount and memo: a repeat of the same request. */
    boolean sameRequestAs(UUID from, UUID to, long units, String text) {
        return kind == Kind.TRANSFER && payer.equals(from) && payee.equals(to) && amount == units
                && Objects.equals(normalise(memo), normalise(text));
    }

    RecordedTransfer reversedBy(UUID reversalId) {
        return new RecordedTransfer(transferId, kind, payer, payee, amount, memo, bookedAt,
                payerBalance, payeeBalance, reverses, reversalId);
    }

    static String normalise(String memo) {
        return memo == null ? "" : memo;
    }
}
