package org.schoolhub.command.paymentrequest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.schoolhub.command.grouporder.FamilyDirectory;
import org.schoolhub.command.ledger.TransferRegistry;
import org.schoolhub.personal.TransferMemos;
import org.schoolhub.shared.commands.CancelPaymentRequest;
import org.schoolhub.shared.commands.DeclinePaymentRequest;
import org.schoolhub.shared.commands.PrepareAcceptance;
import org.schoolhub.shared.commands.RecordAcceptance;
import org.schoolhub.shared.commands.RequestPayment;
import org.schoolhub.shared.events.PaymentRequestAccepted;
import org.schoolhub.shared.events.PaymentRequestCancelled;
import org.schoolhub.shared.events.PaymentRequestDeclined;
import org.schoolhub.shared.events.PaymentRequestExpired;
import org.schoolhub.shared.events.PaymentRequested;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.PaymentRequestTerms;
import org.schoolhub.shared.values.RejectedException;

/**
 * One payment request: the payee ({@code to}) asks, the payer ({@code from}) accepts or declines,
 * the payee may cancel, and at {@code expiresAt} a persistent deadline expires it. Accepting books
 * a transfer through the ledger; whatever answer raced it, a transfer booked for the request makes
 * it ACCEPTED, since the units moved. Commands check first and apply last.
 */
@Aggregate
public class PaymentRequest {

    static final String EXPIRY = "payment-request-expiry";

    @AggregateIdentifier
    private UUID requestId;
    private UUID communityId;
    private UUID from;
    private UUID to;
    private long amount;
    private Instant expiresAt;
    private Instant requestedAt;
    private Status status;
    private UUID transferId;

    /** Axon rebuilds a request from its events through this constructor. */
    protected PaymentRequest() {
    }

    /** A request made again with the same id: the same terms answer as before, other terms are a conflict. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PaymentRequestTerms handle(RequestPayment command, FamilyDirectory families, TransferMemos memos,
                               PaymentRequestSettings settings, Clock clock, DeadlineManager deadlines) {
        if (status != null) {
            return repeatOf(command, memos);
        }
        Instant now = clock.instant();
        Instant expiry = command.expiresAt() == null ? now.plus(settings.defaultExpiry()) : command.expiresAt();
        if (command.amount() <= 0 || command.from().equals(command.to()) || !expiry.isAfter(now)) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED);
        }
        requireActive(families, command.from());
        requireActive(families, command.to());
        memos.record(List.of(new TransferMemos.Memo(command.requestId(), command.communityId(), command.from(),
                command.to(), command.memo())));
        apply(new PaymentRequested(command.communityId(), command.requestId(), command.from(), command.to(),
                command.amount(), expiry, now));
        deadlines.schedule(expiry, EXPIRY, new PaymentRequestExpiry(command.requestId(), expiry));
        return terms(false);
    }

    @CommandHandler
    PaymentRequestTerms handle(PrepareAcceptance command, Clock clock) {
        requireFamily(from, command.familyId());
        requirePending(clock.instant());
        return terms(false);
    }

    /** Sent once the ledger booked the transfer; the registry confirms it, so nothing else can accept. */
    @CommandHandler
    PaymentRequestTerms handle(RecordAcceptance command, TransferRegistry registry, Clock clock) {
        if (status != Status.ACCEPTED) {
            if (!command.transferId().equals(PaymentRequestTerms.transferIdFor(requestId))
                    || registry.find(command.transferId()).isEmpty()) {
                throw new RejectedException(ErrorCode.CONFLICT);
            }
            accept(command.transferId(), clock.instant());
        }
        return terms(false);
    }

    @CommandHandler
    PaymentRequestTerms handle(DeclinePaymentRequest command, Clock clock) {
        requireFamily(from, command.familyId());
        Instant now = clock.instant();
        requirePending(now);
        apply(new PaymentRequestDeclined(communityId, requestId, from, to, now));
        return terms(false);
    }

    @CommandHandler
    PaymentRequestTerms handle(CancelPaymentRequest command, Clock clock) {
        requireFamily(to, command.familyId());
        Instant now = clock.instant();
        requirePending(now);
        apply(new PaymentRequestCancelled(communityId, requestId, from, to, now));
        return terms(false);
    }

    /**
     * Runs in the deadline manager's own unit of work, at the first poll after the expiry (after a
     * restart too). An acceptance whose transfer the ledger booked in time, but which was not yet
     * recorded here, wins over the expiry.
     */
    @DeadlineHandler(deadlineName = EXPIRY)
    void on(PaymentRequestExpiry reached, TransferRegistry registry, Clock clock) {
        if (status != Status.PENDING) {
            return;
        }
        UUID paidBy = PaymentRequestTerms.transferIdFor(requestId);
        if (registry.find(paidBy).isPresent()) {
            accept(paidBy, clock.instant());
        } else {
            apply(new PaymentRequestExpired(communityId, requestId, from, to, clock.instant()));
        }
    }

    private void accept(UUID transfer, Instant now) {
        apply(new PaymentRequestAccepted(communityId, requestId, from, to, transfer, amount, now));
    }

    private PaymentRequestTerms repeatOf(RequestPayment command, TransferMemos memos) {
        String memo = memos.of(List.of(requestId)).getOrDefault(requestId, "");
        boolean same = from.equals(command.from()) && to.equals(command.to()) && amount == command.amount()
                && (command.expiresAt() == null || command.expiresAt().equals(expiresAt))
                && memo.equals(Objects.requireNonNullElse(command.memo(), ""));
        if (!same) {
            throw new RejectedException(ErrorCode.IDEMPOTENCY_CONFLICT, requestId);
        }
        return terms(true);
    }

    private static void requireActive(FamilyDirectory families, UUID familyId) {
        switch (families.standingOf(familyId)) {
            case UNKNOWN -> throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
            case WITHDRAWN -> throw new RejectedException(ErrorCode.FAMILY_WITHDRAWN, familyId);
            case ACTIVE -> { }
        }
    }

    /** Only the party itself answers: a coordinator does not accept or decline for a family. */
    private static void requireFamily(UUID party, UUID acting) {
        if (!party.equals(acting)) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
    }

    /** A pending request past its expiry is expired already, even before its deadline has fired. */
    private void requirePending(Instant now) {
        if (status == Status.EXPIRED || (status == Status.PENDING && !now.isBefore(expiresAt))) {
            throw new RejectedException(ErrorCode.PAYMENT_REQUEST_EXPIRED, expiresAt);
        }
        if (status != Status.PENDING) {
            throw new RejectedException(ErrorCode.PAYMENT_REQUEST_CLOSED, status.name());
        }
    }

    private PaymentRequestTerms terms(boolean repeated) {
        return new PaymentRequestTerms(requestId, from, to, amount, expiresAt, requestedAt, status.name(), transferId,
                repeated);
    }

    @EventSourcingHandler
    void on(PaymentRequested event) {
        requestId = event.requestId();
        communityId = event.communityId();
        from = event.from();
        to = event.to();
        amount = event.amount();
        expiresAt = event.expiresAt();
        requestedAt = event.requestedAt();
        status = Status.PENDING;
    }

    @EventSourcingHandler
    void on(PaymentRequestAccepted event) {
        status = Status.ACCEPTED;
        transferId = event.transferId();
    }

    @EventSourcingHandler
    void on(PaymentRequestDeclined event) {
        status = Status.DECLINED;
    }

    @EventSourcingHandler
    void on(PaymentRequestCancelled event) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(PaymentRequestExpired event) {
        status = Status.EXPIRED;
    }

    /** Where a request stands; all but PENDING are final. */
    enum Status {
        PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED
    }
}
