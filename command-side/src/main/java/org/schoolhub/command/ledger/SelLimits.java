package org.schoolhub.command.ledger;

import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

/** The bounds every SEL balance stays within (defaults -300 and +600, set by configuration). */
public record SelLimits(long lower, long upper) {

    public SelLimits {
        if (lower > 0 || upper < 0) {
            throw new IllegalArgumentException("limits must surround 0: " + lower + ".." + upper);
        }
    }

    void checkPayer(long balanceAfter) {
        if (balanceAfter < lower) {
            throw new RejectedException(ErrorCode.LOWER_LIMIT_EXCEEDED, lower, balanceAfter);
        }
    }

    void checkPayee(long balanceAfter) {
        if (balanceAfter > upper) {
            throw new RejectedException(ErrorCode.UPPER_LIMIT_EXCEEDED, upper, balanceAfter);
        }
    }
}
