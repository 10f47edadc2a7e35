package org.schoolhub.command.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.schoolhub.shared.commands.RollBackSelLedger;
import org.schoolhub.shared.events.SelLedgerRolledBack;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.LedgerRollbackReceipt.Kind;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.SelLimits;

/**
 * Works out, from the ledger's exact state and its events since a rollback point, the
 * compensations that bring every balance back to the point's: a transfer booked since is
 * reversed, an older transfer reversed since is booked again, newest first, so each step
 * returns to a state that existed. Only a transfer and its reversal that both lie after the point
 * are left alone; a step that would then pass a limit waits until later ones make room. The
 * balances at the end must be the snapshot's. Any problem refuses the whole rollback. Pure: the
 * ledger applies what this returns.
 */
final class LedgerRewind {

    private static final int MEMO_MAX = 200;
    private static final int PROBLEMS_SHOWN = 5;

    /** One compensation, with the balances right after it. */
    record Step(Kind kind, UUID transferId, UUID newTransferId, UUID from, UUID to, long amount,
                long fromBalance, long toBalance, String memo) {
    }

    private record Undo(Kind kind, UUID transferId, UUID from, UUID to, long amount) {
    }

    private LedgerRewind() {
    }

    static List<Step> plan(RollBackSelLedger command, Map<UUID, Account> accounts,
                           List<LedgerHistory.Sequenced> since, SelLimits limits) {
        List<Undo> undos = undosNewestFirst(sinceLastRewindTo(command.afterSequence(), since));
        Map<UUID, Long> balances = new HashMap<>();
        accounts.forEach((id, account) -> balances.put(id, account.balance()));
        List<String> problems = new ArrayList<>();
        for (Undo undo : undos) {
            for (UUID family : List.of(undo.from(), undo.to())) {
                Account account = accounts.get(family);
                if (account == null || account.closed()) {
                    problems.add("family " + family + " has withdrawn since: transfer " + undo.transferId()
                            + " cannot be undone");
                }
            }
        }
        List<Step> steps = problems.isEmpty() ? order(command, undos, balances, limits, problems) : List.of();
        if (problems.isEmpty()) {
            new TreeMap<>(balances).forEach((family, balance) -> {
                long expected = command.balancesAtSnapshot().getOrDefault(family, 0L);
                if (balance != expected) {
                    problems.add("family " + family + " would end at " + balance + " instead of the snapshot's "
                            + expected);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(ErrorCode.ROLLBACK_NOT_POSSIBLE, summary(problems));
        }
        return steps;
    }

    /** The events after the point, or after the latest rollback back to that same point. */
    private static List<LedgerHistory.Sequenced> sinceLastRewindTo(long point, List<LedgerHistory.Sequenced> since) {
        int start = 0;
        for (int i = 0; i < since.size(); i++) {
            if (since.get(i).event() instanceof SelLedgerRolledBack rolledBack && rolledBack.toSequence() == point) {
                start = i + 1;
            }
        }
        return since.subList(start, since.size());
    }

    private static List<Undo> undosNewestFirst(List<LedgerHistory.Sequenced> since) {
        Set<UUID> booked = new HashSet<>();
        Set<UUID> reversed = new HashSet<>();
        for (LedgerHistory.Sequenced entry : since) {
            if (entry.event() instanceof SelTransferCompleted e) {
                booked.add(e.transferId());
            } else if (entry.event() instanceof SelTransferReversed e) {
                reversed.add(e.originalTransferId());
            }
        }
        List<Undo> undos = new ArrayList<>();
        for (int i = since.size() - 1; i >= 0; i--) {
            Object event = since.get(i).event();
            if (event instanceof SelTransferCompleted e && !reversed.contains(e.transferId())) {
                undos.add(new Undo(Kind.REVERSE, e.transferId(), e.to(), e.from(), e.amount()));
            } else if (event instanceof SelTransferReversed e && !booked.contains(e.originalTransferId())) {
                undos.add(new Undo(Kind.REBOOK, e.originalTransferId(), e.to(), e.from(), e.amount()));
            }
        }
        return undos;
    }

    /**
     * Newest first; when the next undo would pass a limit, the first later one that fits goes
     * before it, and the newest waiting one is tried again after each step.
     */
    private static List<Step> order(RollBackSelLedger command, List<Undo> undos, Map<UUID, Long> balances,
                                    SelLimits limits, List<String> problems) {
        List<Step> steps = new ArrayList<>(undos.size());
        boolean[] done = new boolean[undos.size()];
        int oldestWaiting = 0;
        while (oldestWaiting < undos.size()) {
            int next = oldestWaiting;
            while (next < undos.size() && (done[next] || !fits(undos.get(next), balances, limits))) {
                next++;
            }
            if (next == undos.size()) {
                problems.add(limitProblem(undos.get(oldestWaiting), balances, limits));
                return steps;
            }
            steps.add(book(command, undos.get(next), balances));
            done[next] = true;
            while (oldestWaiting < undos.size() && done[oldestWaiting]) {
                oldestWaiting++;
            }
        }
        return steps;
    }

    private static boolean fits(Undo undo, Map<UUID, Long> balances, SelLimits limits) {
        return balances.get(undo.from()) - undo.amount() >= limits.lower()
                && balances.get(undo.to()) + undo.amount() <= limits.upper();
    }

    private static Step book(RollBackSelLedger command, Undo undo, Map<UUID, Long> balances) {
        long from = balances.merge(undo.from(), -undo.amount(), Long::sum);
        long to = balances.merge(undo.to(), undo.amount(), Long::sum);
        UUID newId = newId(command.rollbackId(), undo.kind(), undo.transferId());
        String reason = command.reason() == null ? "" : command.reason();
        String memo = undo.kind() == Kind.REVERSE ? reason : "re-book of " + undo.transferId() + ", " + reason;
        return new Step(undo.kind(), undo.transferId(), newId, undo.from(), undo.to(), undo.amount(), from, to,
                memo.length() <= MEMO_MAX ? memo : memo.substring(0, MEMO_MAX));
    }

    /** The id of a compensation: the same rollback undoing the same transfer always books the same id. */
    static UUID newId(UUID rollbackId, Kind kind, UUID transferId) {
        return UUID.nameUUIDFromBytes((rollbackId + "/" + kind + "/" + transferId).getBytes(StandardCharsets.UTF_8));
    }

    private static String limitProblem(Undo undo, Map<UUID, Long> balances, SelLimits limits) {
        long from = balances.get(undo.from()) - undo.amount();
        long to = balances.get(undo.to()) + undo.amount();
        return from < limits.lower()
                ? "undoing transfer " + undo.transferId() + " would take family " + undo.from() + " to " + from
                + ", below the lower limit " + limits.lower()
                : "undoing transfer " + undo.transferId() + " would take family " + undo.to() + " to " + to
                + ", above the upper limit " + limits.upper();
    }

    private static String summary(List<String> problems) {
        String shown = String.join("; ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
        return problems.size() <= PROBLEMS_SHOWN ? shown : shown + "; and " + (problems.size() - PROBLEMS_SHOWN) + " more";
    }
}
