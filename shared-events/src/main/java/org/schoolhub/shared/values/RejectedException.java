package org.schoolhub.shared.values;

import java.util.Arrays;

/**
 * A request refused for a business reason. It crosses the command bus unchanged and becomes
 * a problem+json answer with {@link #code()}; {@link #args()} fill the translated detail.
 */
public class RejectedException extends RuntimeException {

    private final ErrorCode code;
    private final transient Object[] args;

    public RejectedException(ErrorCode code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)), null, false, false);
        this.code = code;
        this.args = args.clone();
    }

    public ErrorCode code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
