package org.schoolhub.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

class LedgerTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID COMMUNITY = UUID.randomUUID();
    static final UUID ANNE = UUID.randomUUID();
    static final UUID BOB = UUID.randomUUID();
    static final UUID GONE = UUID.randomUUID();

    FixtureConfiguration<Ledger> fixture;
    InMemoryTransferRegistry registry;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ledger.class);
        registry = new InMemoryTransferRegistry();
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new SelLimits(-300, 600));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private TestExecutor<Ledger> givenAnneAndBob(Object... more) {
        Object[] base = {new SelLedgerOpened(COMMUNITY, NOW), new SelAccountOpened(COMMUNITY, ANNE, NOW),
                new SelAccountOpened(COMMUNITY, BOB, NOW), new SelAccountOpened(COMMUNITY, GONE, NOW),
                new SelAccountClosed(COMMUNITY, GONE, NOW)};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return fixture.given(all);
    }

    private static TransferSelUnits transfer(UUID id, UUID from, UUID to, long amount) {
        return new TransferSelUnits(COMMUNITY, id, from, to, amount, "lift");
    }

    private static SelTransferCompleted completed(UUID id, UUID from, UUID to, long amount, long fromAfter, long toAfter) {
        return new SelTransferCompleted(COMMUNITY, id, from, to, amount, fromAfter, toAfter, NOW);
    }

    @Test
    void a_transfer_moves_units_and_reports_both_balances() {
        UUID id = UUID.randomUUID();
        givenAnneAndBob().when(transfer(id, ANNE, BOB, 25))
                .expectSuccessfulHandlerExecution()
                .expectEvents(completed(id, ANNE, BOB, 25, -25, 25))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(TransferReceipt.class));
        assertThat(registry.transfers.get(id).memo()).isEqualTo("lift");
    }

    @Test
    void payer_can_reach_exactly_the_lower_limit() {
        UUID id = UUID.randomUUID();
        givenAnneAndBob().when(transfer(id, ANNE, BOB, 300))
                .expectEvents(completed(id, ANNE, BOB, 300, -300, 300));
    }

    @Test
    void payer_cannot_go_below_the_lower_limit() {
        givenAnneAndBob().when(transfer(UUID.randomUUID(), ANNE, BOB, 301))
                .expectNoEvents()
                .expectException(RejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.LOWER_LIMIT_EXCEEDED.name()));
    }

    @Test
    void payee_can_reach_exactly_the_upper_limit() {
        UUID carol = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        givenAnneAndBob(new SelAccountOpened(COMMUNITY, carol, NOW), completed(UUID.randomUUID(), ANNE, BOB, 300, -300, 300))
                .when(transfer(id, carol, BOB, 300))
                .expectEvents(completed(id, carol, BOB, 300, -300, 600));
    }

    @Test
    void payee_cannot_go_above_the_upper_limit() {
        UUID carol = UUID.randomUUID();
        UUID dave = UUID.randomUUID();
        givenAnneAndBob(new SelAccountOpened(COMMUNITY, carol, NOW), new SelAccountOpened(COMMUNITY, dave, NOW),
                completed(UUID.randomUUID(), ANNE, BOB, 300, -300, 300),
                completed(UUID.randomUUID(), carol, BOB, 300, -300, 600))
                .when(transfer(UUID.randomUUID(), dave, BOB, 1))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.UPPER_LIMIT_EXCEEDED.name()));
    }

    @Test
    void a_repeated_request_is_answered_again_and_booked_once() {
        UUID id = UUID.randomUUID();
        registry.record(new RecordedTransfer(id, RecordedTransfer.Kind.TRANSFER, ANNE, BOB, 25, "lift", NOW, -25, 25,
                null, null));
        givenAnneAndBob(completed(id, ANNE, BOB, 25, -25, 25))
                .when(transfer(id, ANNE, BOB, 25))
                .expectNoEvents()
                .expectResultMessagePayload(new TransferReceipt(id, ANNE, BOB, 25, "lift", NOW, -25, 25, true));
    }

    @Test
    void a_reused_transfer_id_with_other_content_is_a_conflict() {
        UUID id = UUID.randomUUID();
        registry.record(new RecordedTransfer(id, RecordedTransfer.Kind.TRANSFER, ANNE, BOB, 25, "lift", NOW, -25, 25,
                null, null));
        givenAnneAndBob(completed(id, ANNE, BOB, 25, -25, 25))
                .when(transfer(id, ANNE, BOB, 26))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.IDEMPOTENCY_CONFLICT.name()));
    }

    @Test
    void unknown_and_withdrawn_families_neither_pay_nor_get_paid() {
        givenAnneAndBob().when(transfer(UUID.randomUUID(), ANNE, UUID.randomUUID(), 5))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.FAMILY_NOT_FOUND.name()));
        givenAnneAndBob().when(transfer(UUID.randomUUID(), ANNE, GONE, 5))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.FAMILY_WITHDRAWN.name()));
        givenAnneAndBob().when(transfer(UUID.randomUUID(), GONE, ANNE, 5))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.FAMILY_WITHDRAWN.name()));
    }

    @Test
    void zero_amounts_and_self_transfers_are_refused_even_past_the_http_checks() {
        givenAnneAndBob().when(transfer(UUID.randomUUID(), ANNE, BOB, 0)).expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.VALIDATION_FAILED.name()));
        givenAnneAndBob().when(transfer(UUID.randomUUID(), ANNE, ANNE, 5)).expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.VALIDATION_FAILED.name()));
    }

    @Test
    void a_reversal_books_the_opposite_movement_once() {
        UUID id = UUID.randomUUID();
        UUID reversal = UUID.randomUUID();
        registry.record(new RecordedTransfer(id, RecordedTransfer.Kind.TRANSFER, ANNE, BOB, 25, "lift", NOW, -25, 25,
                null, null));
        givenAnneAndBob(completed(id, ANNE, BOB, 25, -25, 25))
                .when(new ReverseSelTransfer(COMMUNITY, id, reversal, "typo"))
                .expectEvents(new SelTransferReversed(COMMUNITY, reversal, id, BOB, ANNE, 25, 0, 0, NOW));
        assertThat(registry.transfers.get(id).reversedBy()).isEqualTo(reversal);

        givenAnneAndBob(completed(id, ANNE, BOB, 25, -25, 25),
                new SelTransferReversed(COMMUNITY, reversal, id, BOB, ANNE, 25, 0, 0, NOW))
                .when(new ReverseSelTransfer(COMMUNITY, id, UUID.randomUUID(), "again"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.TRANSFER_ALREADY_REVERSED.name()));
    }

    @Test
    void a_reversal_respects_the_limits() {
        UUID id = UUID.randomUUID();
        registry.record(new RecordedTransfer(id, RecordedTransfer.Kind.TRANSFER, ANNE, BOB, 300, null, NOW, -300, 300,
                null, null));
        UUID carol = UUID.randomUUID();
        givenAnneAndBob(new SelAccountOpened(COMMUNITY, carol, NOW), completed(id, ANNE, BOB, 300, -300, 300),
                completed(UUID.randomUUID(), BOB, carol, 300, 0, 300),
                completed(UUID.randomUUID(), BOB, carol, 300, -300, 600))
                .when(new ReverseSelTransfer(COMMUNITY, id, UUID.randomUUID(), "no"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ErrorCode.LOWER_LIMIT_EXCEEDED.name()));
    }
}
