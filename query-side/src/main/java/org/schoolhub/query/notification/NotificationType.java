package org.schoolhub.query.notification;

/** What a notification tells its family (API.md, Families' own features). */
public enum NotificationType {
    TRANSFER_RECEIVED,
    PAYMENT_REQUESTED,
    PAYMENT_REQUEST_ANSWERED,
    GROUP_ORDER_CONFIRMED,
    GROUP_ORDER_CANCELLED,
    GROUP_ORDER_DEADLINE_SOON
}
