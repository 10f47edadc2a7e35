package org.schoolhub.service.web;

import java.net.URI;
import java.util.Locale;

import org.schoolhub.shared.values.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * How each domain refusal reads over HTTP: its status, its problem type URI and the keys of its
 * translated title and detail (messages*.properties). The only place that maps codes to HTTP;
 * the switch is exhaustive, so a new code does not compile until it is given a status here.
 */
public record ProblemType(ErrorCode code, HttpStatus status, URI type) {

    public static ProblemType of(ErrorCode code) {
        return new ProblemType(code, statusOf(code),
                URI.create("urn:schoolhub:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    public String titleKey() {
        return "problem." + code.name() + ".title";
    }

    public String detailKey() {
        return "problem." + code.name() + ".detail";
    }

    private static HttpStatus statusOf(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED, IMPORT_FILE_INVALID, CURRENT_PASSWORD_WRONG, RESET_CODE_INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case FAMILY_NOT_FOUND, NOT_FOUND, SNAPSHOT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
            case DUPLICATE_EMAIL, LAST_GUARDIAN, IDEMPOTENCY_CONFLICT, BALANCE_NOT_ZERO, FAMILY_NOT_WITHDRAWN,
                    TRANSFER_ALREADY_REVERSED, GROUP_ORDER_CLOSED, PAYMENT_REQUEST_CLOSED, PAYMENT_REQUEST_EXPIRED,
                    GATE_NOT_MET, CONFLICT, MIGRATION_IN_PROGRESS, CHECKLIST_INCOMPLETE, STOP_SIGNAL,
                    SNAPSHOT_OTHER_DATABASE,
                    ROLLBACK_NOT_POSSIBLE, REPLAY_IN_PROGRESS -> HttpStatus.CONFLICT;
            case PAYLOAD_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case FAMILY_WITHDRAWN, LOWER_LIMIT_EXCEEDED, UPPER_LIMIT_EXCEEDED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY_LOGIN_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
            case SERVICE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
