package org.schoolhub.query.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Plans the compensating commands that bring every balance back to a snapshot's: the movements
 * booked since are undone newest first (a transfer is reversed; a reversal of an older transfer
 * is undone by booking that transfer again), so every intermediate state is close to one that
 * existed. Order lines changed since are set back on orders that are still open. The plan is
 * simulated against the limits first: a rollback that would be refused half-way is refused
 * before it starts. Pure: no I/O.
 */
final class RollbackPlanner {

    private RollbackPlanner() {
    }

    static RollbackPlan plan(EventFold.View atSnapshot, EventFold.View now, List<EventFold.Movement> since,
                             long lowerLimit, long upperLimit) {
        Set<UUID> bookedSince = new HashSet<>();
        Set<UUID> reversedSince = new HashSet<>();
        for (EventFold.Movement movement : since) {
            (movement.reversal() ? reversedSince : bookedSince).add(movement.transferId());
        }
        List<RollbackPlan.Step> steps = new ArrayList<>();
        for (int i = since.size() - 1; i >= 0; i--) {
            EventFold.Movement movement = since.get(i);
            if (!movement.reversal() && !reversedSince.contains(movement.transferId())) {
                steps.add(new RollbackPlan.Step(RollbackPlan.Kind.REVERSE, movement.transferId(), movement.to(),
                        movement.from(), movement.amount()));
            } else if (movement.reversal() && !bookedSince.contains(movement.transferId())) {
                steps.add(new RollbackPlan.Step(RollbackPlan.Kind.REBOOK, movement.transferId(), movement.to(),
                        movement.from(), movement.amount()));
            }
        }
        List<String> problems = new ArrayList<>();
        Map<UUID, Long> balances = simulate(steps, now, lowerLimit, upperLimit, problems);
        for (Map.Entry<UUID, Long> balance : balances.entrySet()) {
            long expected = atSnapshot.balanceOf(balance.getKey());
            if (balance.getValue() != expected) {
                problems.add("family " + balance.getKey() + " would end at " + balance.getValue()
                        + " instead of the snapshot's " + expected);
            }
        }
        return new RollbackPlan(steps, lineChanges(atSnapshot, now), closedSince(atSnapshot, now), balances, problems);
    }

    private static Map<UUID, Long> simulate(List<RollbackPlan.Step> steps, EventFold.View now, long lower, long upper,
                                            List<String> problems) {
        Map<UUID, Long> balances = new TreeMap<>();
        now.accounts().forEach((id, account) -> balances.put(id, account.balance()));
        for (RollbackPlan.Step step : steps) {
            long payer = balances.getOrDefault(step.from(), 0L) - step.amount();
            long payee = balances.getOrDefault(step.to(), 0L) + step.amount();
            for (UUID family : List.of(step.from(), step.to())) {
                EventFold.Account account = now.accounts().get(family);
                if (account != null && account.closed()) {
                    problems.add("family " + family + " has withdrawn since: transfer " + step.transferId()
                            + " cannot be undone");
                }
            }
            if (payer < lower) {
                problems.add("undoing transfer " + step.transferId() + " would take family " + step.from()
                        + " to " + payer + ", below the lower limit " + lower);
            }
            if (payee > upper) {
                problems.add("undoing transfer " + step.transferId() + " would take family " + step.to()
                        + " to " + payee + ", above the upper limit " + upper);
            }
            balances.put(step.from(), payer);
            balances.put(step.to(), payee);
        }
        return balances;
    }

    /** Every line of a still-open order whose quantity differs from the snapshot's (0 if it had none). */
    private static List<RollbackPlan.LineChange> lineChanges(EventFold.View atSnapshot, EventFold.View now) {
        List<RollbackPlan.LineChange> changes = new ArrayList<>();
        new TreeMap<>(now.orders()).forEach((orderId, order) -> {
            if (!order.open()) {
                return;
            }
            Set<UUID> families = new TreeSet<>(order.lines().keySet());
            EventFold.Order before = atSnapshot.orders().get(orderId);
            if (before != null && before.open()) {
                families.addAll(before.lines().keySet());
            }
            for (UUID family : families) {
                long quantity = order.lines().getOrDefault(family, 0L);
                long restoreTo = atSnapshot.quantityOf(orderId, family);
                if (quantity != restoreTo) {
                    changes.add(new RollbackPlan.LineChange(orderId, family, quantity, restoreTo));
                }
            }
        });
        return changes;
    }

    /** Orders open at the snapshot but confirmed or cancelled since: a closed order cannot reopen. */
    private static List<UUID> closedSince(EventFold.View atSnapshot, EventFold.View now) {
        Map<UUID, EventFold.Order> current = new HashMap<>(now.orders());
        return new TreeMap<>(atSnapshot.orders()).entrySet().stream()
                .filter(e -> e.getValue().open() && current.containsKey(e.getKey()) && !current.get(e.getKey()).open())
                .map(Map.Entry::getKey).toList();
    }
}
