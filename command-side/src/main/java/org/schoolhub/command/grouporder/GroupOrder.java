package org.schoolhub.command.grouporder;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.schoolhub.shared.commands.CloseGroupOrder;
import org.schoolhub.shared.commands.OpenGroupOrder;
import org.schoolhub.shared.commands.PlaceGroupOrderLine;
import org.schoolhub.shared.commands.RecordGroupOrderPayment;
import org.schoolhub.shared.events.GroupOrderCancelled;
import org.schoolhub.shared.events.GroupOrderConfirmed;
import org.schoolhub.shared.events.GroupOrderDeadlineApproached;
import org.schoolhub.shared.events.GroupOrderLinePaid;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

/**
 * One group order: families commit to quantities until the deadline; at the deadline (through
 * the persistent deadline manager) or when a coordinator closes it, it is confirmed if the total
 * reached the minimum, otherwise cancelled. Commands check first and apply last.
 */
@Aggregate
public class GroupOrder {

    static final String DEADLINE = "group-order-deadline";
    static final String DEADLINE_SOON = "group-order-deadline-soon";

    @AggregateIdentifier
    private UUID groupOrderId;
    private UUID communityId;
    private long unitPriceCents;
    private long minQuantity;
    private Instant deadline;
    private Status status;
    private final Map<UUID, Long> quantities = new HashMap<>();
    private final Map<UUID, Map<String, Long>> payments = new HashMap<>();

    /** Axon rebuilds an order from its events through this constructor. */
    protected GroupOrder() {
    }

    @CommandHandler
    GroupOrder(OpenGroupOrder command, Clock clock, DeadlineManager deadlines, ReminderSettings reminder) {
        Instant now = clock.instant();
        OrderTerms.check(command, now);
        apply(new GroupOrderOpened(command.communityId(), command.groupOrderId(), command.title().strip(),
                command.unitPriceCents(), command.minQuantity(), command.deadline(), now));
        deadlines.schedule(command.deadline(), DEADLINE, new GroupOrderDeadline(command.groupOrderId(), command.deadline()));
        Instant soon = command.deadline().minus(reminder.beforeDeadline());
        if (soon.isAfter(now)) {
            deadlines.schedule(soon, DEADLINE_SOON, new GroupOrderDeadlineSoon(command.groupOrderId(), command.deadline()));
        }
    }

    @CommandHandler
    LineResult handle(PlaceGroupOrderLine command, FamilyDirectory families, Clock clock) {
        OrderTerms.check(command);
        UUID familyId = command.familyId();
        FamilyDirectory.Standing standing = families.standingOf(familyId);
        if (standing == FamilyDirectory.Standing.UNKNOWN) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
        }
        Instant now = clock.instant();
        requireOpenAt(now);
        if (command.quantity() > 0 && standing == FamilyDirectory.Standing.WITHDRAWN) {
            throw new RejectedException(ErrorCode.FAMILY_WITHDRAWN, familyId);
        }
        long previous = quantityOf(familyId);
        if (command.quantity() == 0 && previous > 0) {
            apply(new GroupOrderLineWithdrawn(communityId, groupOrderId, familyId, previous, now));
        } else if (command.quantity() != previous) {
            apply(new GroupOrderLinePlaced(communityId, groupOrderId, familyId, command.quantity(), previous, now));
        }
        return new LineResult(groupOrderId, familyId, command.quantity(), totalQuantity());
    }

    @CommandHandler
    ClosingResult handle(CloseGroupOrder command, Clock clock) {
        if (status != Status.OPEN) {
            throw new RejectedException(ErrorCode.GROUP_ORDER_CLOSED, groupOrderId);
        }
        close(false, clock.instant());
        return new ClosingResult(groupOrderId, status.name(), totalQuantity());
    }

    /**
     * Runs outside the command bus, in the deadline manager's own unit of work. An order closed by
     * hand earlier keeps its deadline scheduled (cancelling could race with a firing deadline), so
     * here a closed order is simply left alone.
     */
    @DeadlineHandler(deadlineName = DEADLINE)
    void on(GroupOrderDeadline reached, Clock clock) {
        if (status == Status.OPEN) {
            close(true, clock.instant());
        }
    }

    /** An order opened less than the reminder's delay before its deadline has no reminder: it was just announced. */
    @DeadlineHandler(deadlineName = DEADLINE_SOON)
    void on(GroupOrderDeadlineSoon soon, Clock clock) {
        Instant now = clock.instant();
        if (status == Status.OPEN && now.isBefore(deadline)) {
            apply(new GroupOrderDeadlineApproached(communityId, groupOrderId, deadline, now));
        }
    }

    /** A reference already recorded is a repeat (a provider's webhook may call twice): it stores nothing. */
    @CommandHandler
    PaymentResult handle(RecordGroupOrderPayment command, Clock clock) {
        OrderTerms.check(command);
        if (status != Status.CONFIRMED) {
            throw new RejectedException(ErrorCode.CONFLICT);
        }
        UUID familyId = command.familyId();
        long quantity = quantityOf(familyId);
        if (quantity == 0) {
            throw new RejectedException(ErrorCode.NOT_FOUND);
        }
        String reference = command.reference().strip();
        Map<String, Long> recorded = payments.getOrDefault(familyId, Map.of());
        long due = quantity * unitPriceCents;
        long paid = recorded.values().stream().mapToLong(Long::longValue).sum();
        Long earlier = recorded.get(reference);
        if (earlier != null) {
            if (earlier != command.amountCents()) {
                throw new RejectedException(ErrorCode.CONFLICT);
            }
            return new PaymentResult(groupOrderId, familyId, reference, earlier, paid, due, true);
        }
        if (command.amountCents() > due - paid) {
            throw OrderTerms.invalid("amountCents", "must not exceed the " + (due - paid) + " cents still due");
        }
        apply(new GroupOrderLinePaid(communityId, groupOrderId, familyId, command.amountCents(), reference,
                clock.instant()));
        return new PaymentResult(groupOrderId, familyId, reference, command.amountCents(),
                paid + command.amountCents(), due, false);
    }

    private void requireOpenAt(Instant now) {
        if (status != Status.OPEN || !now.isBefore(deadline)) {
            throw new RejectedException(ErrorCode.GROUP_ORDER_CLOSED, groupOrderId);
        }
    }

    private void close(boolean atDeadline, Instant now) {
        long total = totalQuantity();
        if (total >= minQuantity) {
            apply(new GroupOrderConfirmed(communityId, groupOrderId, total, atDeadline, now));
        } else {
            apply(new GroupOrderCancelled(communityId, groupOrderId, total, atDeadline, now));
        }
    }

    private long quantityOf(UUID familyId) {
        return quantities.getOrDefault(familyId, 0L);
    }

    private long totalQuantity() {
        return quantities.values().stream().mapToLong(Long::longValue).sum();
    }

    @EventSourcingHandler
    void on(GroupOrderOpened event) {
        groupOrderId = event.groupOrderId();
        communityId = event.communityId();
        unitPriceCents = event.unitPriceCents();
        minQuantity = event.minQuantity();
        deadline = event.deadline();
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(GroupOrderLinePlaced event) {
        quantities.put(event.familyId(), event.quantity());
    }

    @EventSourcingHandler
    void on(GroupOrderLineWithdrawn event) {
        quantities.remove(event.familyId());
    }

    @EventSourcingHandler
    void on(GroupOrderConfirmed event) {
        status = Status.CONFIRMED;
    }

    @EventSourcingHandler
    void on(GroupOrderCancelled event) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(GroupOrderLinePaid event) {
        payments.computeIfAbsent(event.familyId(), id -> new HashMap<>()).put(event.reference(), event.amountCents());
    }

    /** Where an order stands; CONFIRMED and CANCELLED are final. */
    enum Status {
        OPEN, CONFIRMED, CANCELLED
    }
}
