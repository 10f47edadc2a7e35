package org.schoolhub.operations.audit;

import org.schoolhub.operations.events.EventFold;
import org.schoolhub.operations.events.RawEventStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.schoolhub.shared.values.SelLimits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Verify: recomputes every balance (and the roster) from the raw event stream and compares it
 * with the projections, the zero-sum rule and the limits. Projections trail the event store by
 * up to a second, so a difference is looked at again a few times before it is reported.
 */
@Component
class ConsistencyCheck {

    private static final int ATTEMPTS = 8;
    private static final long PAUSE_MILLIS = 400;

    private final RawEventStream events;
    private final JdbcTemplate jdbc;
    private final long lowerLimit;
    private final long upperLimit;

    ConsistencyCheck(RawEventStream events, JdbcTemplate jdbc, SelLimits limits) {
        this.events = events;
        this.jdbc = jdbc;
        this.lowerLimit = limits.lower();
        this.upperLimit = limits.upper();
    }

    VerifyResult verify() throws InterruptedException {
        VerifyResult result = once();
        for (int attempt = 1; attempt < ATTEMPTS && !result.consistent(); attempt++) {
            Thread.sleep(PAUSE_MILLIS);
            result = once();
        }
        return result;
    }

    private VerifyResult once() {
        long head = events.head();
        EventFold fold = new EventFold();
        events.foldInto(fold, 0, head);
        EventFold.View view = fold.view();
        List<VerifyResult.Mismatch> mismatches = new ArrayList<>();
        fold.discrepancies().forEach(d -> mismatches.add(VerifyResult.Mismatch.of("EVENT_BALANCE", null, null, null, d)));
        long total = checkAccounts(view, mismatches);
        checkRoster(view, mismatches);
        return new VerifyResult(mismatches.isEmpty(), view.eventsFolded(), head, view.accounts().size(),
                view.families().size(), total, mismatches);
    }

    private long checkAccounts(EventFold.View view, List<VerifyResult.Mismatch> mismatches) {
        Map<UUID, EventFold.Account> projected = new HashMap<>();
        jdbc.query("select family_id, balance, closed from sel_account", rs -> {
            projected.put(rs.getObject(1, UUID.class), new EventFold.Account(rs.getLong(2), rs.getBoolean(3)));
        });
        long total = 0;
        long projectedTotal = 0;
        for (Map.Entry<UUID, EventFold.Account> entry : new TreeMap<>(view.accounts()).entrySet()) {
            EventFold.Account expected = entry.getValue();
            EventFold.Account actual = projected.remove(entry.getKey());
            total += expected.balance();
            if (expected.balance() < lowerLimit || expected.balance() > upperLimit) {
                mismatches.add(VerifyResult.Mismatch.of("LIMITS", entry.getKey(), lowerLimit + ".." + upperLimit, expected.balance(),
                        "balance outside the limits"));
            }
            if (actual == null) {
                mismatches.add(VerifyResult.Mismatch.of("ACCOUNT_MISSING", entry.getKey(), expected.balance(), null,
                        "no row in sel_account"));
                continue;
            }
            projectedTotal += actual.balance();
            if (actual.balance() != expected.balance()) {
                mismatches.add(VerifyResult.Mismatch.of("BALANCE", entry.getKey(), expected.balance(), actual.balance(),
                        "sel_account differs from the events"));
            }
            if (actual.closed() != expected.closed()) {
                mismatches.add(VerifyResult.Mismatch.of("ACCOUNT_CLOSED", entry.getKey(), expected.closed(), actual.closed(),
                        "sel_account.closed differs from the events"));
            }
        }
        projected.forEach((id, account) -> mismatches.add(VerifyResult.Mismatch.of("ACCOUNT_UNKNOWN", id, null, account.balance(),
                "sel_account has an account the events do not know")));
        if (total != 0) {
            mismatches.add(VerifyResult.Mismatch.of("ZERO_SUM", null, 0, total, "the balances folded from the events do not sum to 0"));
        }
        if (projectedTotal != 0) {
            mismatches.add(VerifyResult.Mismatch.of("ZERO_SUM", null, 0, projectedTotal, "the balances in sel_account do not sum to 0"));
        }
        return total;
    }

    private void checkRoster(EventFold.View view, List<VerifyResult.Mismatch> mismatches) {
        Map<UUID, EventFold.Member> projected = new HashMap<>();
        jdbc.query("select family_id, status, erased_at is not null from family_roster", rs -> {
            projected.put(rs.getObject(1, UUID.class), new EventFold.Member(rs.getString(2), rs.getBoolean(3)));
        });
        new TreeMap<>(view.families()).forEach((id, expected) -> {
            EventFold.Member actual = projected.remove(id);
            if (!expected.equals(actual)) {
                mismatches.add(VerifyResult.Mismatch.of("ROSTER", id, expected, actual, "family_roster differs from the events"));
            }
        });
        projected.forEach((id, actual) -> mismatches.add(VerifyResult.Mismatch.of("ROSTER", id, null, actual,
                "family_roster has a family the events do not know")));
    }
}
