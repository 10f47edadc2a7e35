package org.schoolhub.operations.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.FamilyPersonalDataErased;
import org.schoolhub.shared.events.FamilyWithdrawn;
import org.schoolhub.shared.events.GroupOrderCancelled;
import org.schoolhub.shared.events.GroupOrderConfirmed;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderLineWithdrawn;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.schoolhub.shared.events.SelAccountClosed;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelLedgerRolledBack;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;

/**
 * Balances, roster and group orders folded straight from the raw events, in global position
 * order, independently of the projections: what snapshots, verify and rollback plans trust.
 * Balances are recomputed by adding amounts up; where an event's own recorded balance disagrees,
 * that is kept as a discrepancy for verify.
 */
public final class EventFold {

    /** The event types this fold reads; everything else is skipped without being deserialised. */
    static final Set<Class<?>> TYPES = Set.of(FamilyEnrolled.class, FamilyWithdrawn.class,
            FamilyPersonalDataErased.class, SelAccountOpened.class, SelAccountClosed.class,
            SelTransferCompleted.class, SelTransferReversed.class, SelLedgerRolledBack.class, GroupOrderOpened.class,
            GroupOrderLinePlaced.class, GroupOrderLineWithdrawn.class, GroupOrderConfirmed.class,
            GroupOrderCancelled.class);

    private final Map<UUID, Account> accounts = new HashMap<>();
    private final Map<UUID, Member> families = new HashMap<>();
    private final Map<UUID, Order> orders = new HashMap<>();
    private final List<Movement> movements = new ArrayList<>();
    private final List<Rewind> rewinds = new ArrayList<>();
    private final List<String> discrepancies = new ArrayList<>();
    private long position;
    private long eventsFolded;

    public void apply(long eventPosition, Object event) {
        position = eventPosition;
        eventsFolded++;
        if (event instanceof FamilyEnrolled e) {
            families.put(e.familyId(), new Member("ACTIVE", false));
        } else if (event instanceof FamilyWithdrawn e) {
            families.computeIfPresent(e.familyId(), (id, m) -> new Member("WITHDRAWN", m.erased()));
        } else if (event instanceof FamilyPersonalDataErased e) {
            families.computeIfPresent(e.familyId(), (id, m) -> new Member(m.status(), true));
        } else if (event instanceof SelAccountOpened e) {
            accounts.putIfAbsent(e.familyId(), new Account(0, false));
        } else if (event instanceof SelAccountClosed e) {
            accounts.computeIfPresent(e.familyId(), (id, a) -> new Account(a.balance(), true));
        } else if (event instanceof SelTransferCompleted e) {
            move(new Movement(eventPosition, false, e.transferId(), e.from(), e.to(), e.amount()),
                    e.fromBalance(), e.toBalance());
        } else if (event instanceof SelTransferReversed e) {
            move(new Movement(eventPosition, true, e.originalTransferId(), e.from(), e.to(), e.amount()),
                    e.fromBalance(), e.toBalance());
        } else if (event instanceof SelLedgerRolledBack e) {
            rewinds.add(new Rewind(eventPosition, e.toSequence(), movements.size()));
        } else {
            applyGroupOrder(event);
        }
    }

    private void applyGroupOrder(Object event) {
        if (event instanceof GroupOrderOpened e) {
            orders.putIfAbsent(e.groupOrderId(), new Order("OPEN", Map.of()));
        } else if (event instanceof GroupOrderLinePlaced e) {
            line(e.groupOrderId(), e.familyId(), e.quantity());
        } else if (event instanceof GroupOrderLineWithdrawn e) {
            line(e.groupOrderId(), e.familyId(), 0);
        } else if (event instanceof GroupOrderConfirmed e) {
            orders.computeIfPresent(e.groupOrderId(), (id, o) -> new Order("CONFIRMED", o.lines()));
        } else if (event instanceof GroupOrderCancelled e) {
            orders.computeIfPresent(e.groupOrderId(), (id, o) -> new Order("CANCELLED", o.lines()));
        } else {
            eventsFolded--;
        }
    }

    private void move(Movement movement, long recordedFromBalance, long recordedToBalance) {
        movements.add(movement);
        long from = credit(movement.from(), -movement.amount());
        long to = credit(movement.to(), movement.amount());
        if (from != recordedFromBalance || to != recordedToBalance) {
            discrepancies.add("event at position " + movement.position() + " records balances " + recordedFromBalance
                    + "/" + recordedToBalance + " but the events before it add up to " + from + "/" + to);
        }
    }

    private long credit(UUID familyId, long amount) {
        Account before = accounts.getOrDefault(familyId, new Account(0, false));
        Account after = new Account(before.balance() + amount, before.closed());
        accounts.put(familyId, after);
        return after.balance();
    }

    private void line(UUID groupOrderId, UUID familyId, long quantity) {
        orders.computeIfPresent(groupOrderId, (id, order) -> {
            Map<UUID, Long> lines = new HashMap<>(order.lines());
            if (quantity > 0) {
                lines.put(familyId, quantity);
            } else {
                lines.remove(familyId);
            }
            return new Order(order.status(), Map.copyOf(lines));
        });
    }

    /** A copy of the state as folded so far. */
    public View view() {
        return new View(position, eventsFolded, Map.copyOf(accounts), Map.copyOf(families), Map.copyOf(orders));
    }

    /** Every transfer and reversal folded so far, oldest first. */
    public List<Movement> movements() {
        return List.copyOf(movements);
    }

    /** Every ledger rollback folded so far, oldest first. */
    public List<Rewind> rewinds() {
        return List.copyOf(rewinds);
    }

    /** Events whose recorded balances differ from the sum of the amounts before them. */
    public List<String> discrepancies() {
        return List.copyOf(discrepancies);
    }

    /** The folded state at {@link #position()}. */
    public record View(long position, long eventsFolded, Map<UUID, Account> accounts, Map<UUID, Member> families,
                Map<UUID, Order> orders) {

        public long balanceOf(UUID familyId) {
            Account account = accounts.get(familyId);
            return account == null ? 0 : account.balance();
        }

        public long quantityOf(UUID groupOrderId, UUID familyId) {
            Order order = orders.get(groupOrderId);
            return order == null || !order.open() ? 0 : order.lines().getOrDefault(familyId, 0L);
        }
    }

    public record Account(long balance, boolean closed) {
    }

    public record Member(String status, boolean erased) {
    }

    public record Order(String status, Map<UUID, Long> lines) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /**
     * A ledger rollback at {@code position}: the balances are back to those after the ledger's event
     * {@code toSequence}; the first {@code movementsBefore} movements came before it (its own included).
     */
    public record Rewind(long position, long toSequence, int movementsBefore) {
    }

    /**
     * A transfer ({@code reversal} false, {@code transferId} its own id) or a reversal
     * ({@code transferId} the original's id); from and to as the units actually moved.
     */
    public record Movement(long position, boolean reversal, UUID transferId, UUID from, UUID to, long amount) {
    }
}
