package org.schoolhub.shared.values;

/**
 * The bounds every SEL balance stays within (schoolhub.sel.lower-limit and upper-limit, or
 * SCHOOLHUB_SEL_LOWER_LIMIT and SCHOOLHUB_SEL_UPPER_LIMIT): enforced by the ledger, shown and
 * checked by the read side.
 */
public record SelLimits(long lower, long upper) {

    public SelLimits {
        if (lower > 0 || upper < 0) {
            throw new IllegalArgumentException("limits must surround 0: " + lower + ".." + upper);
        }
    }

    public void checkPayer(long balanceAfter) {
        if (balanceAfter < lower) {
            throw new RejectedException(ErrorCode.LOWER_LIMIT_EXCEEDED, lower, balanceAfter);
        }
    }

    public void checkPayee(long balanceAfter) {
        if (balanceAfter > upper) {
            throw new RejectedException(ErrorCode.UPPER_LIMIT_EXCEEDED, upper, balanceAfter);
        }
    }
}
