package org.schoolhub.command.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.shared.commands.PayPaymentRequest;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelLedgerOpened;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.SelLimits;

/** The ledger pays a payment request like a transfer, and never once the request has expired. */
class LedgerPaymentRequestTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID COMMUNITY = UUID.randomUUID();
    static final UUID PARENT = UUID.randomUUID();
    static final UUID SITTER = UUID.randomUUID();

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

    private org.axonframework.test.aggregate.TestExecutor<Ledger> given() {
        return fixture.given(new SelLedgerOpened(COMMUNITY, NOW), new SelAccountOpened(COMMUNITY, PARENT, NOW),
                new SelAccountOpened(COMMUNITY, SITTER, NOW));
    }

    private static PayPaymentRequest pay(UUID transferId, long amount, Instant notAfter) {
        return new PayPaymentRequest(COMMUNITY, UUID.randomUUID(), transferId, PARENT, SITTER, amount, "babysitting",
                notAfter);
    }

    @Test
    void before_its_expiry_the_request_is_paid_by_a_transfer() {
        UUID transferId = UUID.randomUUID();
        given().when(pay(transferId, 40, NOW.plusMillis(1)))
                .expectEvents(new SelTransferCompleted(COMMUNITY, transferId, PARENT, SITTER, 40, -40, 40, NOW));
    }

    @Test
    void at_its_expiry_nothing_is_booked() {
        given().when(pay(UUID.randomUUID(), 40, NOW))
                .expectNoEvents()
                .expectException(RejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(ErrorCode.PAYMENT_REQUEST_EXPIRED.name()));
    }

    @Test
    void past_a_limit_nothing_is_booked() {
        given().when(pay(UUID.randomUUID(), 301, NOW.plusSeconds(60)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(ErrorCode.LOWER_LIMIT_EXCEEDED.name()));
    }
}
