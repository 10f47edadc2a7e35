package org.schoolhub.query.notification;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One notification as its family reads it, in the list and in the stream. Its data holds ids,
 * amounts, statuses and instants, never a name or a memo: nothing its family may not see.
 */
public record NotificationView(long id, NotificationType type, Instant at, Data data) {

    /** The facts of a notification; only those of its type are present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(UUID transferId, UUID requestId, UUID groupOrderId, UUID from, UUID to, Long amount,
                       String status, Instant expiresAt, Instant deadline) {
    }
}
