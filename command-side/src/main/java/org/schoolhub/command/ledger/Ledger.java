package org.schoolhub.command.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.schoolhub.shared.commands.ReverseSelTransfer;
import org.schoolhub.shared.commands.TransferSelUnits;
import org.schoolhub.shared.events.SelAccountClosed;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelLedgerOpened;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.SelLimits;
import org.schoolhub.shared.values.TransferReceipt;

/**
 * The SEL ledger of one community: the single consistency boundary for every balance in it, so
 * that "payer at or above the lower limit, payee at or below the upper limit, sum zero" is
 * checked against exact state. Commands check first and apply last: a refusal applies nothing.
 */
@Aggregate(cache = "ledgerCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
// creatorVisibility NONE: Jackson 3 would otherwise take the public constructor, which applies an
// event, to read a snapshot back, and every load from a snapshot (past 500 events) would fail.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public class Ledger {

    @AggregateIdentifier
    private UUID communityId;
    private Map<UUID, Account> accounts = new HashMap<>();

    /** Axon rebuilds the ledger from events, and Jackson from a snapshot, through this constructor. */
    @JsonCreator
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

    long balanceOf(UUID familyId) {
        return Optional.ofNullable(accounts.get(familyId)).map(Account::balance).orElse(0L);
    }

    @CommandHandler
    TransferReceipt handle(TransferSelUnits command, TransferRegistry registry, SelLimits limits, Clock clock) {
        checkWellFormed(command);
        Optional<RecordedTransfer> earlier = registry.find(command.transferId());
        if (earlier.isPresent()) {
            return repeatOf(earlier.get(), command);
        }
        long payerAfter = openAccountOf(command.from()).balance() - command.amount();
        long payeeAfter = openAccountOf(command.to()).balance() + command.amount();
        limits.checkPayer(payerAfter);
        limits.checkPayee(payeeAfter);
        Instant now = clock.instant();
        registry.record(new RecordedTransfer(command.transferId(), RecordedTransfer.Kind.TRANSFER, command.from(),
                command.to(), command.amount(), command.memo(), now, payerAfter, payeeAfter, null, null));
        apply(new SelTransferCompleted(communityId, command.transferId(), command.from(), command.to(),
                command.amount(), payerAfter, payeeAfter, now));
        return new TransferReceipt(command.transferId(), command.from(), command.to(), command.amount(),
                RecordedTransfer.normalise(command.memo()), now, payerAfter, payeeAfter, false);
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

    /** The HTTP layer validates too; the ledger does not trust its callers with its invariants. */
    private static void checkWellFormed(TransferSelUnits command) {
        if (command.amount() <= 0 || command.from().equals(command.to())) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED);
        }
    }

    private static TransferReceipt repeatOf(RecordedTransfer earlier, TransferSelUnits command) {
        if (!earlier.sameRequestAs(command.from(), command.to(), command.amount(), command.memo())) {
            throw new RejectedException(ErrorCode.IDEMPOTENCY_CONFLICT, command.transferId());
        }
        return new TransferReceipt(earlier.transferId(), earlier.payer(), earlier.payee(), earlier.amount(),
                RecordedTransfer.normalise(earlier.memo()), earlier.bookedAt(), earlier.payerBalance(),
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
