package org.schoolhub.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolhub.shared.values.LedgerRollbackReceipt.Kind.REBOOK;
import static org.schoolhub.shared.values.LedgerRollbackReceipt.Kind.REVERSE;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.schoolhub.shared.commands.RollBackSelLedger;
import org.schoolhub.shared.events.SelAccountClosed;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelLedgerOpened;
import org.schoolhub.shared.events.SelLedgerRolledBack;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;
import org.schoolhub.shared.values.LedgerRollbackReceipt;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.SelLimits;

/** The ledger rolls back to a snapshot's point in one command: everything, in a safe order, or nothing. */
class LedgerRollbackTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final UUID COMMUNITY = UUID.randomUUID();
    private static final UUID SNAPSHOT = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();
    private final UUID e = UUID.randomUUID();
    private final UUID rollbackId = UUID.randomUUID();
    private final InMemoryTransferRegistry registry = new InMemoryTransferRegistry();
    private final List<Object> history = new ArrayList<>();

    private FixtureConfiguration<Ledger> fixture(long lower, long upper) {
        FixtureConfiguration<Ledger> fixture = new AggregateTestFixture<>(Ledger.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new SelLimits(lower, upper));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new EventStoreLedgerHistory(fixture.getEventStore()));
        return fixture;
    }

    @Test
    void transfers_since_the_snapshot_are_reversed_newest_first_and_older_ones_reversed_since_booked_again() {
        open(a, b, c);
        UUID old = transfer(a, b, 30, -30, 30);
        long point = history.size() - 1;
        UUID first = transfer(b, c, 10, 20, 10);
        UUID second = transfer(c, a, 4, 6, -26);
        UUID undone = transfer(a, c, 3, -29, 9);
        reverse(undone, c, a, 3, 6, -26);
        reverse(old, b, a, 30, -10, 4);

        fixture(-300, 600).given(history).when(rollback(point, Map.of(a, -30L, b, 30L)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new SelTransferCompleted(COMMUNITY, id(REBOOK, old), a, b, 30, -26, 20, NOW),
                        new SelTransferReversed(COMMUNITY, id(REVERSE, second), second, a, c, 4, -30, 10, NOW),
                        new SelTransferReversed(COMMUNITY, id(REVERSE, first), first, c, b, 10, 0, 30, NOW),
                        new SelLedgerRolledBack(COMMUNITY, rollbackId, SNAPSHOT, point, 2, 1, NOW))
                .expectResultMessagePayload(new LedgerRollbackReceipt(rollbackId, List.of(
                        new LedgerRollbackReceipt.Compensation(REBOOK, old, id(REBOOK, old)),
                        new LedgerRollbackReceipt.Compensation(REVERSE, second, id(REVERSE, second)),
                        new LedgerRollbackReceipt.Compensation(REVERSE, first, id(REVERSE, first))),
                        history.size() + 3));
        assertThat(registry.transfers.get(first).reversedBy()).isEqualTo(id(REVERSE, first));
        assertThat(registry.transfers.get(id(REVERSE, second)).reverses()).isEqualTo(second);
        assertThat(registry.transfers.get(id(REBOOK, old)).memo()).startsWith("re-book of " + old);
    }

    @Test
    void a_step_that_would_pass_a_limit_waits_until_a_later_one_makes_room() {
        open(a, b, c, d, e);
        transfer(b, c, 100, -100, 100);
        long point = history.size() - 1;
        UUID lent = transfer(a, b, 50, -50, -50);
        UUID paid = transfer(b, d, 30, -80, 30);
        UUID received = transfer(e, b, 60, -60, -20);
        reverse(lent, b, a, 50, -70, 0);

        // undoing the newest first would take b to -130: the older undo of "paid" goes first
        fixture(-100, 100).given(history).when(rollback(point, Map.of(b, -100L, c, 100L)))
                .expectEvents(
                        new SelTransferReversed(COMMUNITY, id(REVERSE, paid), paid, d, b, 30, 0, -40, NOW),
                        new SelTransferReversed(COMMUNITY, id(REVERSE, received), received, b, e, 60, -100, 0, NOW),
                        new SelLedgerRolledBack(COMMUNITY, rollbackId, SNAPSHOT, point, 2, 0, NOW));
    }

    @Test
    void a_rollback_that_would_not_end_at_the_snapshot_s_balances_is_refused_and_books_nothing() {
        open(a, b);
        long point = history.size() - 1;
        transfer(a, b, 30, -30, 30);

        fixture(-300, 600).given(history).when(rollback(point, Map.of(a, -5L, b, 5L)))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Matchers.containsString("instead of the snapshot's"))
                .expectNoEvents();
        assertThat(registry.transfers).as("only the transfer booked before").hasSize(1);
    }

    @Test
    void a_rollback_that_would_move_units_of_a_family_withdrawn_since_is_refused() {
        open(a, b);
        long point = history.size() - 1;
        transfer(a, b, 30, -30, 30);
        transfer(b, a, 30, 0, 0);
        history.add(new SelAccountClosed(COMMUNITY, b, NOW));

        fixture(-300, 600).given(history).when(rollback(point, Map.of()))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Matchers.containsString("withdrawn since"))
                .expectNoEvents();
    }

    @Test
    void a_rollback_that_no_limit_lets_through_is_refused() {
        open(a, b, c);
        long point = history.size() - 1;
        transfer(a, b, 100, -100, 100);
        transfer(b, c, 100, 0, 100);
        transfer(c, a, 100, 0, 0);

        // at -50 and +50 neither undo fits, whichever goes first
        fixture(-50, 50).given(history).when(rollback(point, Map.of()))
                .expectException(RejectedException.class)
                .expectExceptionMessage(Matchers.containsString("limit"))
                .expectNoEvents();
    }

    @Test
    void a_second_rollback_to_the_same_point_undoes_only_what_was_booked_after_the_first() {
        open(a, b);
        long point = history.size() - 1;
        UUID before = transfer(a, b, 30, -30, 30);
        UUID earlier = UUID.randomUUID();
        history.add(new SelTransferReversed(COMMUNITY, UUID.randomUUID(), before, b, a, 30, 0, 0, NOW));
        history.add(new SelLedgerRolledBack(COMMUNITY, earlier, SNAPSHOT, point, 1, 0, NOW));

        fixture(-300, 600).given(history).when(rollback(point, Map.of()))
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerRollbackReceipt(rollbackId, List.of(), history.size() - 1));

        UUID after = transfer(b, a, 7, -7, 7);
        fixture(-300, 600).given(history).when(rollback(point, Map.of()))
                .expectEvents(new SelTransferReversed(COMMUNITY, id(REVERSE, after), after, a, b, 7, 0, 0, NOW),
                        new SelLedgerRolledBack(COMMUNITY, rollbackId, SNAPSHOT, point, 1, 0, NOW));
    }

    private void open(UUID... families) {
        history.add(new SelLedgerOpened(COMMUNITY, NOW));
        for (UUID family : families) {
            history.add(new SelAccountOpened(COMMUNITY, family, NOW));
        }
    }

    private UUID transfer(UUID from, UUID to, long amount, long fromAfter, long toAfter) {
        UUID id = UUID.randomUUID();
        history.add(new SelTransferCompleted(COMMUNITY, id, from, to, amount, fromAfter, toAfter, NOW));
        registry.record(new RecordedTransfer(id, RecordedTransfer.Kind.TRANSFER, from, to, amount, "", NOW,
                fromAfter, toAfter, null, null));
        return id;
    }

    private void reverse(UUID original, UUID from, UUID to, long amount, long fromAfter, long toAfter) {
        UUID id = UUID.randomUUID();
        history.add(new SelTransferReversed(COMMUNITY, id, original, from, to, amount, fromAfter, toAfter, NOW));
        registry.markReversed(original, id);
    }

    private RollBackSelLedger rollback(long afterSequence, Map<UUID, Long> balances) {
        return new RollBackSelLedger(COMMUNITY, rollbackId, SNAPSHOT, afterSequence, balances, "test rollback");
    }

    private UUID id(LedgerRollbackReceipt.Kind kind, UUID transferId) {
        return LedgerRewind.newId(rollbackId, kind, transferId);
    }
}
