package org.schoolhub.command.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.schoolhub.shared.commands.PayPaymentRequest;
import org.schoolhub.shared.commands.ReverseSelTransfer;
import org.schoolhub.shared.commands.RollBackSelLedger;
import org.schoolhub.shared.commands.TransferSelUnits;
import org.schoolhub.shared.events.SelAccountClosed;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelLedgerOpened;
import org.schoolhub.shared.events.SelLedgerRolledBack;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.LedgerRollbackReceipt;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.SelLimits;
import org.schoolhub.shared.values.TransferReceipt;

/**
 * The SEL ledger of one community: the single consistency boundary for every balance in it, so
 * that "payer at or above the lower limit, payee at or below the upper limit, sum zero" is
 * checked against exact state. Commands check first and apply last: a refusal applies nothing.
 */
@Aggregate(cache = "ledgerCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
public class Ledger {

    @AggregateIdentifier
    private UUID communityId;
    private Map<UUID, Account> accounts = new HashMap<>();

    /** Axon rebuilds the ledger from events, and from a snapshot (see LedgerSnapshotFormat), through this constructor. */
    protected Ledger() {
    }

    Ledger(UUID communityId, Instant now) {
        apply(new SelLedgerOpened(communityId, now));
    }

    public void openAccount(UUID familyId, Instant now) {
        if (!accounts.containsKey(familyId)) {
            apply(new SelAccountOpened(communityId, familyId, now));
        }
    }

    public void closeAccount(UUID familyId, Instant now) {
        Account account = openAccountOf(familyId);
        if (account.balance() != 0) {
            throw new RejectedException(ErrorCode.BALANCE_NOT_ZERO, account.balance());
        }
        apply(new SelAccountClosed(communityId, familyId, now));
    }

    @CommandHandler
    TransferReceipt handle(TransferSelUnits command, TransferRegistry registry, SelLimits limits, Clock clock) {
        checkWellFormed(command.amount(), command.from(), command.to());
        return transfer(command.transferId(), command.from(), command.to(), command.amount(), command.memo(),
                registry, limits, clock.instant());
    }

    /**
     * Pays a payment request: a transfer like any other, refused once the request has expired. The
     * expiry is checked here, against the ledger's clock, so that the request's own deadline, which
     * looks for this transfer in the registry, never misses one booked in time.
     */
    @CommandHandler
    TransferReceipt handle(PayPaymentRequest command, TransferRegistry registry, SelLimits limits, Clock clock) {
        checkWellFormed(command.amount(), command.from(), command.to());
        Instant now = clock.instant();
        if (registry.find(command.transferId()).isEmpty() && !now.isBefore(command.notAfter())) {
            throw new RejectedException(ErrorCode.PAYMENT_REQUEST_EXPIRED, command.notAfter());
        }
        return transfer(command.transferId(), command.from(), command.to(), command.amount(), command.memo(),
                registry, limits, now);
    }

    private TransferReceipt transfer(UUID transferId, UUID from, UUID to, long amount, String memo,
                                     TransferRegistry registry, SelLimits limits, Instant now) {
        Optional<RecordedTransfer> earlier = registry.find(transferId);
        if (earlier.isPresent()) {
            return repeatOf(earlier.get(), transferId, from, to, amount, memo);
        }
        long payerAfter = openAccountOf(from).balance() - amount;
        long payeeAfter = openAccountOf(to).balance() + amount;
        limits.checkPayer(payerAfter);
        limits.checkPayee(payeeAfter);
        registry.record(new RecordedTransfer(transferId, RecordedTransfer.Kind.TRANSFER, from, to, amount, memo, now,
                payerAfter, payeeAfter, null, null));
        apply(new SelTransferCompleted(communityId, transferId, from, to, amount, payerAfter, payeeAfter, now));
        return new TransferReceipt(transferId, from, to, amount, RecordedTransfer.normalise(memo), now, payerAfter,
                payeeAfter, false);
    }

    @CommandHandler
    TransferReceipt handle(ReverseSelTransfer command, TransferRegistry registry, SelLimits limits, Clock clock) {
        RecordedTransfer original = registry.find(command.transferId())
                .orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND));
        if (original.kind() == RecordedTransfer.Kind.REVERSAL) {
            throw new RejectedException(ErrorCode.CONFLICT);
        }
        if (original.reversedBy() != null) {
            throw new RejectedException(ErrorCode.TRANSFER_ALREADY_REVERSED, original.reversedBy());
        }
        UUID payer = original.payee();
        UUID payee = original.payer();
        long payerAfter = openAccountOf(payer).balance() - original.amount();
        long payeeAfter = openAccountOf(payee).balance() + original.amount();
        limits.checkPayer(payerAfter);
        limits.checkPayee(payeeAfter);
        Instant now = clock.instant();
        registry.record(new RecordedTransfer(command.reversalId(), RecordedTransfer.Kind.REVERSAL, payer, payee,
                original.amount(), command.reason(), now, payerAfter, payeeAfter, original.transferId(), null));
        registry.markReversed(original.transferId(), command.reversalId());
        apply(new SelTransferReversed(communityId, command.reversalId(), original.transferId(), payer, payee,
                original.amount(), payerAfter, payeeAfter, now));
        return new TransferReceipt(command.reversalId(), payer, payee, original.amount(),
                RecordedTransfer.normalise(command.reason()), now, payerAfter, payeeAfter, false);
    }

    /**
     * Rolls every balance back to a snapshot's in one step: the compensations are worked out here,
     * from the exact state and every event since (those of the current group included), and booked
     * together, or not at all.
     */
    @CommandHandler
    LedgerRollbackReceipt handle(RollBackSelLedger command, LedgerHistory history, TransferRegistry registry,
                                 SelLimits limits, Clock clock) {
        List<LedgerHistory.Sequenced> since = history.eventsAfter(communityId, command.afterSequence());
        List<LedgerRewind.Step> steps = LedgerRewind.plan(command, accounts, since, limits);
        long last = since.isEmpty() ? command.afterSequence() : since.get(since.size() - 1).sequence();
        if (steps.isEmpty()) {
            return new LedgerRollbackReceipt(command.rollbackId(), List.of(), last);
        }
        Instant now = clock.instant();
        List<LedgerRollbackReceipt.Compensation> compensations = new ArrayList<>(steps.size());
        for (LedgerRewind.Step step : steps) {
            book(step, registry, now);
            compensations.add(new LedgerRollbackReceipt.Compensation(step.kind(), step.transferId(),
                    step.newTransferId()));
        }
        int reversed = (int) steps.stream().filter(s -> s.kind() == LedgerRollbackReceipt.Kind.REVERSE).count();
        apply(new SelLedgerRolledBack(communityId, command.rollbackId(), command.snapshotId(),
                command.afterSequence(), reversed, steps.size() - reversed, now));
        return new LedgerRollbackReceipt(command.rollbackId(), compensations, last + steps.size() + 1);
    }

    private void book(LedgerRewind.Step step, TransferRegistry registry, Instant now) {
        boolean reversal = step.kind() == LedgerRollbackReceipt.Kind.REVERSE;
        registry.record(new RecordedTransfer(step.newTransferId(),
                reversal ? RecordedTransfer.Kind.REVERSAL : RecordedTransfer.Kind.TRANSFER, step.from(), step.to(),
                step.amount(), step.memo(), now, step.fromBalance(), step.toBalance(),
                reversal ? step.transferId() : null, null));
        if (reversal) {
            registry.markReversed(step.transferId(), step.newTransferId());
            apply(new SelTransferReversed(communityId, step.newTransferId(), step.transferId(), step.from(),
                    step.to(), step.amount(), step.fromBalance(), step.toBalance(), now));
        } else {
            apply(new SelTransferCompleted(communityId, step.newTransferId(), step.from(), step.to(), step.amount(),
                    step.fromBalance(), step.toBalance(), now));
        }
    }

    /** The HTTP layer validates too; the ledger does not trust its callers with its invariants. */
    private static void checkWellFormed(long amount, UUID from, UUID to) {
        if (amount <= 0 || from.equals(to)) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED);
        }
    }

    private static TransferReceipt repeatOf(RecordedTransfer earlier, UUID transferId, UUID from, UUID to, long amount,
                                            String memo) {
        if (!earlier.sameRequestAs(from, to, amount, memo)) {
            throw new RejectedException(ErrorCode.IDEMPOTENCY_CONFLICT, transferId);
        }
        return new TransferReceipt(earlier.transferId(), earlier.payer(), earlier.payee(), earlier.amount(),
                RecordedTransfer.normalise(memo), earlier.bookedAt(), earlier.payerBalance(),
                earlier.payeeBalance(), true);
    }

    private Account openAccountOf(UUID familyId) {
        Account account = accounts.get(familyId);
        if (account == null) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
        }
        if (account.closed()) {
            throw new RejectedException(ErrorCode.FAMILY_WITHDRAWN, familyId);
        }
        return account;
    }

    @EventSourcingHandler
    void on(SelLedgerOpened event) {
        communityId = event.communityId();
    }

    @EventSourcingHandler
    void on(SelAccountOpened event) {
        accounts.put(event.familyId(), Account.OPENED);
    }

    @EventSourcingHandler
    void on(SelAccountClosed event) {
        accounts.computeIfPresent(event.familyId(), (id, account) -> account.close());
    }

    @EventSourcingHandler
    void on(SelTransferCompleted event) {
        accounts.computeIfPresent(event.from(), (id, account) -> account.withBalance(event.fromBalance()));
        accounts.computeIfPresent(event.to(), (id, account) -> account.withBalance(event.toBalance()));
    }

    @EventSourcingHandler
    void on(SelTransferReversed event) {
        accounts.computeIfPresent(event.from(), (id, account) -> account.withBalance(event.fromBalance()));
        accounts.computeIfPresent(event.to(), (id, account) -> account.withBalance(event.toBalance()));
    }
}
