package org.schoolhub.service.web;

import java.io.IOException;
import java.util.Optional;

/** A request body read past its limit; answered 413, however deeply a reader wrapped it. */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    static Optional<BodyTooLargeException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
