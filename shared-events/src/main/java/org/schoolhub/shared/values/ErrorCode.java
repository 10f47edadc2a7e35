package org.schoolhub.shared.values;

/** Every error code the API answers with (API.md, Errors), with its HTTP status. */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    FAMILY_NOT_FOUND(404),
    NOT_FOUND(404),
    SNAPSHOT_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    DUPLICATE_EMAIL(409),
    IDEMPOTENCY_CONFLICT(409),
    BALANCE_NOT_ZERO(409),
    FAMILY_NOT_WITHDRAWN(409),
    TRANSFER_ALREADY_REVERSED(409),
    GROUP_ORDER_CLOSED(409),
    GATE_NOT_MET(409),
    CONFLICT(409),
    NOT_ACCEPTABLE(406),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    FAMILY_WITHDRAWN(422),
    LOWER_LIMIT_EXCEEDED(422),
    UPPER_LIMIT_EXCEEDED(422),
    TOO_MANY_LOGIN_ATTEMPTS(429),
    SNAPSHOT_OTHER_DATABASE(409),
    ROLLBACK_NOT_POSSIBLE(409),
    REPLAY_IN_PROGRESS(409),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
