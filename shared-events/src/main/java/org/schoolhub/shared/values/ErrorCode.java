package org.schoolhub.shared.values;

/**
 * Every reason the service refuses a request (API.md, Errors): a domain code only. How each one
 * reads over HTTP (status, title, type) is the web layer's business, in one place there.
 */
public enum ErrorCode {
    VALIDATION_FAILED,
    IMPORT_FILE_INVALID,
    UNAUTHORIZED,
    FORBIDDEN,
    FAMILY_NOT_FOUND,
    NOT_FOUND,
    SNAPSHOT_NOT_FOUND,
    METHOD_NOT_ALLOWED,
    DUPLICATE_EMAIL,
    LAST_GUARDIAN,
    IDEMPOTENCY_CONFLICT,
    BALANCE_NOT_ZERO,
    FAMILY_NOT_WITHDRAWN,
    TRANSFER_ALREADY_REVERSED,
    GROUP_ORDER_CLOSED,
    GATE_NOT_MET,
    CONFLICT,
    NOT_ACCEPTABLE,
    PAYLOAD_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    FAMILY_WITHDRAWN,
    LOWER_LIMIT_EXCEEDED,
    UPPER_LIMIT_EXCEEDED,
    TOO_MANY_LOGIN_ATTEMPTS,
    SNAPSHOT_OTHER_DATABASE,
    ROLLBACK_NOT_POSSIBLE,
    REPLAY_IN_PROGRESS,
    INTERNAL_ERROR,
    SERVICE_UNAVAILABLE
}
