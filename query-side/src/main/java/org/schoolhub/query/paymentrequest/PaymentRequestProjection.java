package org.schoolhub.query.paymentrequest;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.schoolhub.shared.events.PaymentRequestAccepted;
import org.schoolhub.shared.events.PaymentRequestCancelled;
import org.schoolhub.shared.events.PaymentRequestDeclined;
import org.schoolhub.shared.events.PaymentRequestExpired;
import org.schoolhub.shared.events.PaymentRequested;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;

/**
 * Payment requests as the parties read them (table in migrations V21). A row remembers the
 * request's event sequence it last applied, so an event handled twice changes nothing.
 */
@Projection(value = PaymentRequestProjection.NAME, tables = {"payment_request"})
class PaymentRequestProjection {

    static final String NAME = "payment-requests";

    private static final String ANSWER = """
            update payment_request set status = ?, answered_at = ?, transfer_id = coalesce(?, transfer_id),
                   last_sequence = ?
             where request_id = ? and last_sequence < ?""";

    private final BatchedWrites writes;

    PaymentRequestProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long sequence) {
        writes.add("""
                insert into payment_request (request_id, community_id, from_family, to_family, amount, status,
                                             expires_at, requested_at, last_sequence)
                values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) on conflict (request_id) do nothing""",
                event.requestId(), event.communityId(), event.from(), event.to(), event.amount(),
                Timestamps.of(event.expiresAt()), Timestamps.of(event.requestedAt()), sequence);
    }

    @EventHandler
    void on(PaymentRequestAccepted event, @SequenceNumber long sequence) {
        answer(event.requestId(), "ACCEPTED", event.acceptedAt(), event.transferId(), sequence);
    }

    @EventHandler
    void on(PaymentRequestDeclined event, @SequenceNumber long sequence) {
        answer(event.requestId(), "DECLINED", event.declinedAt(), null, sequence);
    }

    @EventHandler
    void on(PaymentRequestCancelled event, @SequenceNumber long sequence) {
        answer(event.requestId(), "CANCELLED", event.cancelledAt(), null, sequence);
    }

    @EventHandler
    void on(PaymentRequestExpired event, @SequenceNumber long sequence) {
        answer(event.requestId(), "EXPIRED", event.expiredAt(), null, sequence);
    }

    private void answer(java.util.UUID requestId, String status, java.time.Instant at, java.util.UUID transferId,
                        long sequence) {
        writes.add(ANSWER, status, Timestamps.of(at), transferId, sequence, requestId, sequence);
    }
}
