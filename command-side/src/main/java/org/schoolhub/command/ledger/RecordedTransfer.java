package org.schoolhub.command.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * What the ledger remembers of one booked movement: enough to answer a repeated request with
 * the first answer and to reverse it. The memo's text is known while the transfer is booked (it is
 * then handed to the personal-data module, its owner); read back, only its digest is: enough to
 * tell a repeat of the same request from a different one.
 */
public record RecordedTransfer(UUID transferId, Kind kind, UUID payer, UUID payee, long amount, String memo,
                               Instant bookedAt, long payerBalance, long payeeBalance,
                               UUID reverses, UUID reversedBy, MemoDigest memoDigest) {

    public RecordedTransfer {
        if (memoDigest == null) {
            memoDigest = MemoDigest.of(memo);
        }
    }

    public RecordedTransfer(UUID transferId, Kind kind, UUID payer, UUID payee, long amount, String memo,
                            Instant bookedAt, long payerBalance, long payeeBalance, UUID reverses, UUID reversedBy) {
        this(transferId, kind, payer, payee, amount, memo, bookedAt, payerBalance, payeeBalance, reverses,
                reversedBy, null);
    }

    /** A transfer entered by a family or coordinator, or the reversal of one. */
    public enum Kind { TRANSFER, REVERSAL }

    /** Same payer, payee, amount and memo: a repeat of the same request. */
    boolean sameRequestAs(UUID from, UUID to, long units, String text) {
        return kind == Kind.TRANSFER && payer.equals(from) && payee.equals(to) && amount == units
                && memoDigest.equals(MemoDigest.of(text));
    }

    RecordedTransfer reversedBy(UUID reversalId) {
        return new RecordedTransfer(transferId, kind, payer, payee, amount, memo, bookedAt,
                payerBalance, payeeBalance, reverses, reversalId, memoDigest);
    }

    static String normalise(String memo) {
        return memo == null ? "" : memo;
    }
}
