package org.schoolhub.operations.rollback;

import org.schoolhub.operations.events.EventFold;
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
 * Plans what a rollback to a snapshot does, for the dry run and for the order lines: the ledger
 * works the SEL part out again, from its exact state, when it carries it out (see LedgerRewind on
 * the command side, which this mirrors). The movements booked since are undone newest first (a
 * transfer is reversed; a reversal of an older transfer is undone by booking that transfer again),
 * so every intermediate state is one that existed; a transfer reversed since is left alone with its
 * reversal, and an undo that would then pass a limit waits until later ones make room. Order lines
 * changed since are set back on orders that are still open. Pure: no I/O.
 */
final class RollbackPlanner {

    private RollbackPlanner() {
    }

    static RollbackPlan plan(EventFold.View atSnapshot, EventFold.View now, List<EventFold.Movement> since,
                             long lowerLimit, long upperLimit) {
        List<RollbackPlan.Step> undos = undosNewestFirst(since);
        List<String> problems = new ArrayList<>();
        withdrawnSince(undos, now, problems);
        Map<UUID, Long> balances = new TreeMap<>();
        now.accounts().forEach((id, account) -> balances.put(id, account.balance()));
        List<RollbackPlan.Step> steps = order(undos, balances, lowerLimit, upperLimit, problems);
        if (steps.size() == undos.size()) {
            balances.forEach((family, balance) -> {
                long expected = atSnapshot.balanceOf(family);
                if (balance != expected) {
                    problems.add("family " + family + " would end at " + balance + " instead of the snapshot's "
                            + expected);
                }
            });
        }
        return new RollbackPlan(steps, lineChanges(atSnapshot, now), closedSince(atSnapshot, now), balances, problems);
    }

    private static List<RollbackPlan.Step> undosNewestFirst(List<EventFold.Movement> since) {
        Set<UUID> bookedSince = new HashSet<>();
        Set<UUID> reversedSince = new HashSet<>();
        for (EventFold.Movement movement : since) {
            (movement.reversal() ? reversedSince : bookedSince).add(movement.transferId());
        }
        List<RollbackPlan.Step> undos = new ArrayList<>();
        for (int i = since.size() - 1; i >= 0; i--) {
            EventFold.Movement movement = since.get(i);
            if (!movement.reversal() && !reversedSince.contains(movement.transferId())) {
                undos.add(new RollbackPlan.Step(RollbackPlan.Kind.REVERSE, movement.transferId(), movement.to(),
                        movement.from(), movement.amount()));
            } else if (movement.reversal() && !bookedSince.contains(movement.transferId())) {
                undos.add(new RollbackPlan.Step(RollbackPlan.Kind.REBOOK, movement.transferId(), movement.to(),
                        movement.from(), movement.amount()));
            }
        }
        return undos;
    }

    private static void withdrawnSince(List<RollbackPlan.Step> undos, EventFold.View now, List<String> problems) {
        for (RollbackPlan.Step undo : undos) {
            for (UUID family : List.of(undo.from(), undo.to())) {
                EventFold.Account account = now.accounts().get(family);
                if (account != null && account.closed()) {
                    problems.add("family " + family + " has withdrawn since: transfer " + undo.transferId()
                            + " cannot be undone");
                }
            }
        }
    }

    /** Newest first, an undo that does not fit yet waiting for a later one; stops when none fits. */
    private static List<RollbackPlan.Step> order(List<RollbackPlan.Step> undos, Map<UUID, Long> balances, long lower,
                                                 long upper, List<String> problems) {
        List<RollbackPlan.Step> steps = new ArrayList<>(undos.size());
        boolean[] done = new boolean[undos.size()];
        int oldestWaiting = 0;
        while (oldestWaiting < undos.size()) {
            int next = oldestWaiting;
            while (next < undos.size() && (done[next] || !fits(undos.get(next), balances, lower, upper))) {
                next++;
            }
            if (next == undos.size()) {
                problems.add(limitProblem(undos.get(oldestWaiting), balances, lower, upper));
                return steps;
            }
            RollbackPlan.Step step = undos.get(next);
            balances.merge(step.from(), -step.amount(), Long::sum);
            balances.merge(step.to(), step.amount(), Long::sum);
            steps.add(step);
            done[next] = true;
            while (oldestWaiting < undos.size() && done[oldestWaiting]) {
                oldestWaiting++;
            }
        }
        return steps;
    }

    private static boolean fits(RollbackPlan.Step step, Map<UUID, Long> balances, long lower, long upper) {
        return balances.getOrDefault(step.from(), 0L) - step.amount() >= lower
                && balances.getOrDefault(step.to(), 0L) + step.amount() <= upper;
    }

    private static String limitProblem(RollbackPlan.Step step, Map<UUID, Long> balances, long lower, long upper) {
        long payer = balances.getOrDefault(step.from(), 0L) - step.amount();
        long payee = balances.getOrDefault(step.to(), 0L) + step.amount();
        return payer < lower
                ? "undoing transfer " + step.transferId() + " would take family " + step.from() + " to " + payer
                + ", below the lower limit " + lower
                : "undoing transfer " + step.transferId() + " would take family " + step.to() + " to " + payee
                + ", above the upper limit " + upper;
    }

    /** Every line of a still-open order whose quantity differs from the snapshot's (0 if it had none). */
    static List<RollbackPlan.LineChange> lineChanges(EventFold.View atSnapshot, EventFold.View now) {
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
