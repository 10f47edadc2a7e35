package org.schoolhub.service.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value in a JSON body that is well formed but refused by the input rules (text or instant);
 * Jackson adds the path of the field on its way up, and the 400 names it with this reason.
 */
final class RefusedInputException extends MismatchedInputException {

    private final String reason;

    RefusedInputException(JsonParser parser, String reason, Class<?> type) {
        super(parser, reason, type);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
