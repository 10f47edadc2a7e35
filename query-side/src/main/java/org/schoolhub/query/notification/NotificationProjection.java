package org.schoolhub.query.notification;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.schoolhub.shared.events.GroupOrderCancelled;
import org.schoolhub.shared.events.GroupOrderConfirmed;
import org.schoolhub.shared.events.GroupOrderDeadlineApproached;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.events.PaymentRequestAccepted;
import org.schoolhub.shared.events.PaymentRequestCancelled;
import org.schoolhub.shared.events.PaymentRequestDeclined;
import org.schoolhub.shared.events.PaymentRequestExpired;
import org.schoolhub.shared.events.PaymentRequested;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;

/**
 * Each family's notifications, made from the events (tables in migrations V22). A notification's
 * id is its event's global position, so handling an event twice, or again in a replay, writes the
 * same rows. Who is told what: the paid family of a transfer; the payer of a new payment request;
 * the payee when the payer answers, the payer when the payee cancels, both when it expires; every
 * family with a line when a group order closes soon, and when it closes.
 */
@Projection(value = NotificationProjection.NAME, tables = {"notification", "notification_order_line"})
class NotificationProjection {

    static final String NAME = "notifications";

    private static final String NOTIFY = """
            insert into notification (family_id, id, type, at, subject_id, from_family, to_family, amount, status, due_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""";
    private static final String NOTIFY_ORDER = """
            insert into notification (family_id, id, type, at, subject_id, due_at)
            select family_id, ?, ?, ?, group_order_id, ? from notification_order_line where group_order_id = ?
            on conflict do nothing""";

    private final BatchedWrites writes;

    NotificationProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SelTransferCompleted event, TrackingToken token) {
        notify(event.to(), token, NotificationType.TRANSFER_RECEIVED, event.bookedAt(), event.transferId(),
                event.from(), event.to(), event.amount(), null, null);
    }

    @EventHandler
    void on(PaymentRequested event, TrackingToken token) {
        notify(event.from(), token, NotificationType.PAYMENT_REQUESTED, event.requestedAt(), event.requestId(),
                event.from(), event.to(), event.amount(), null, event.expiresAt());
    }

    @EventHandler
    void on(PaymentRequestAccepted event, TrackingToken token) {
        answered(event.to(), token, event.acceptedAt(), event.requestId(), event.from(), event.to(), "ACCEPTED");
    }

    @EventHandler
    void on(PaymentRequestDeclined event, TrackingToken token) {
        answered(event.to(), token, event.declinedAt(), event.requestId(), event.from(), event.to(), "DECLINED");
    }

    @EventHandler
    void on(PaymentRequestCancelled event, TrackingToken token) {
        answered(event.from(), token, event.cancelledAt(), event.requestId(), event.from(), event.to(), "CANCELLED");
    }

    @EventHandler
    void on(PaymentRequestExpired event, TrackingToken token) {
        answered(event.from(), token, event.expiredAt(), event.requestId(), event.from(), event.to(), "EXPIRED");
        answered(event.to(), token, event.expiredAt(), event.requestId(), event.from(), event.to(), "EXPIRED");
    }

    @EventHandler
    void on(GroupOrderLinePlaced event) {
        writes.add("insert into notification_order_line (group_order_id, family_id) values (?, ?) on conflict do nothing",
                event.groupOrderId(), event.familyId());
    }

    @EventHandler
    void on(GroupOrderLineWithdrawn event) {
        writes.add("delete from notification_order_line where group_order_id = ? and family_id = ?",
                event.groupOrderId(), event.familyId());
    }

    @EventHandler
    void on(GroupOrderConfirmed event, TrackingToken token) {
        writes.add(NOTIFY_ORDER, position(token), NotificationType.GROUP_ORDER_CONFIRMED.name(),
                Timestamps.of(event.closedAt()), null, event.groupOrderId());
    }

    @EventHandler
    void on(GroupOrderCancelled event, TrackingToken token) {
        writes.add(NOTIFY_ORDER, position(token), NotificationType.GROUP_ORDER_CANCELLED.name(),
                Timestamps.of(event.closedAt()), null, event.groupOrderId());
    }

    @EventHandler
    void on(GroupOrderDeadlineApproached event, TrackingToken token) {
        writes.add(NOTIFY_ORDER, position(token), NotificationType.GROUP_ORDER_DEADLINE_SOON.name(),
                Timestamps.of(event.at()), Timestamps.of(event.deadline()), event.groupOrderId());
    }

    private void answered(UUID family, TrackingToken token, Instant at, UUID requestId, UUID from, UUID to,
                          String status) {
        notify(family, token, NotificationType.PAYMENT_REQUEST_ANSWERED, at, requestId, from, to, null, status, null);
    }

    private void notify(UUID family, TrackingToken token, NotificationType type, Instant at, UUID subject, UUID from,
                        UUID to, Long amount, String status, Instant due) {
        writes.add(NOTIFY, family, position(token), type.name(), Timestamps.of(at), subject, from, to, amount, status,
                Timestamps.of(due));
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("no position in " + token));
    }
}
