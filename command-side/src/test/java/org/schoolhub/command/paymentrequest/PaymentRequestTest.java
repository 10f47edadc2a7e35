package org.schoolhub.command.paymentrequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.command.grouporder.FamilyDirectory;
import org.schoolhub.command.ledger.RecordedTransfer;
import org.schoolhub.command.ledger.TransferRegistry;
import org.schoolhub.personal.TransferMemos;
import org.schoolhub.shared.commands.PrepareAcceptance;
import org.schoolhub.shared.commands.RecordAcceptance;
import org.schoolhub.shared.commands.RequestPayment;
import org.schoolhub.shared.events.PaymentRequestAccepted;
import org.schoolhub.shared.events.PaymentRequestExpired;
import org.schoolhub.shared.events.PaymentRequested;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.PaymentRequestTerms;
import org.schoolhub.shared.values.RejectedException;

/** The rules of a payment request around its expiry, and the booked transfer that wins over any race. */
class PaymentRequestTest {

    static final UUID COMMUNITY = UUID.randomUUID();
    static final UUID REQUEST = UUID.randomUUID();
    static final UUID PARENT = UUID.randomUUID();
    static final UUID SITTER = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant EXPIRY = T0.plus(Duration.ofHours(2));
    static final UUID TRANSFER = PaymentRequestTerms.transferIdFor(REQUEST);

    AggregateTestFixture<PaymentRequest> fixture;
    final Map<UUID, RecordedTransfer> booked = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PaymentRequest.class);
        fixture.registerInjectableResource(new FixtureClock());
        fixture.registerInjectableResource((FamilyDirectory) id -> FamilyDirectory.Standing.ACTIVE);
        fixture.registerInjectableResource(new PaymentRequestSettings(Duration.ofDays(14)));
        fixture.registerInjectableResource(new TransferMemos() {
            @Override
            public void record(List<Memo> memos) {
            }

            @Override
            public Map<UUID, String> of(Collection<UUID> transferIds) {
                return Map.of();
            }
        });
        fixture.registerInjectableResource(new TransferRegistry() {
            @Override
            public Optional<RecordedTransfer> find(UUID transferId) {
                return Optional.ofNullable(booked.get(transferId));
            }

            @Override
            public void record(RecordedTransfer transfer) {
                booked.put(transfer.transferId(), transfer);
            }

            @Override
            public void markReversed(UUID transferId, UUID reversalId) {
            }
        });
    }

    private static RequestPayment request(Instant expiresAt) {
        return new RequestPayment(REQUEST, COMMUNITY, PARENT, SITTER, 20, "", expiresAt);
    }

    private void bookTheTransfer() {
        booked.put(TRANSFER, new RecordedTransfer(TRANSFER, RecordedTransfer.Kind.TRANSFER, PARENT, SITTER, 20, "",
                T0, -20, 20, null, null));
    }

    @Test
    void without_an_expiry_it_expires_after_the_default_delay() {
        fixture.givenCurrentTime(T0).andGiven(List.of())
                .when(request(null))
                .expectEvents(new PaymentRequested(COMMUNITY, REQUEST, PARENT, SITTER, 20, T0.plus(Duration.ofDays(14)), T0))
                .expectScheduledDeadlineWithName(T0.plus(Duration.ofDays(14)), PaymentRequest.EXPIRY);
    }

    @Test
    void at_its_expiry_an_unanswered_request_expires() {
        fixture.givenCurrentTime(T0).andGivenCommands(request(EXPIRY))
                .whenThenTimeAdvancesTo(EXPIRY)
                .expectTriggeredDeadlinesWithName(PaymentRequest.EXPIRY)
                .expectEvents(new PaymentRequestExpired(COMMUNITY, REQUEST, PARENT, SITTER, EXPIRY));
    }

    @Test
    void past_its_expiry_it_cannot_be_accepted_even_before_its_deadline_fired() {
        fixture.givenCurrentTime(EXPIRY).andGiven(
                        new PaymentRequested(COMMUNITY, REQUEST, PARENT, SITTER, 20, EXPIRY, T0))
                .when(new PrepareAcceptance(REQUEST, PARENT))
                .expectException(rejectedWith(ErrorCode.PAYMENT_REQUEST_EXPIRED))
                .expectNoEvents();
    }

    @Test
    void a_transfer_booked_in_time_but_not_yet_recorded_makes_the_expiry_an_acceptance() {
        fixture.givenCurrentTime(T0).andGivenCommands(request(EXPIRY));
        bookTheTransfer();
        fixture.whenThenTimeAdvancesTo(EXPIRY)
                .expectEvents(new PaymentRequestAccepted(COMMUNITY, REQUEST, PARENT, SITTER, TRANSFER, 20, EXPIRY));
    }

    @Test
    void a_booked_transfer_is_recorded_even_when_the_expiry_raced_it() {
        bookTheTransfer();
        fixture.givenCurrentTime(EXPIRY).andGiven(
                        new PaymentRequested(COMMUNITY, REQUEST, PARENT, SITTER, 20, EXPIRY, T0),
                        new PaymentRequestExpired(COMMUNITY, REQUEST, PARENT, SITTER, EXPIRY))
                .when(new RecordAcceptance(REQUEST, TRANSFER))
                .expectEvents(new PaymentRequestAccepted(COMMUNITY, REQUEST, PARENT, SITTER, TRANSFER, 20, EXPIRY));
    }

    @Test
    void an_acceptance_without_its_transfer_is_refused() {
        fixture.givenCurrentTime(T0).andGiven(
                        new PaymentRequested(COMMUNITY, REQUEST, PARENT, SITTER, 20, EXPIRY, T0))
                .when(new RecordAcceptance(REQUEST, TRANSFER))
                .expectException(rejectedWith(ErrorCode.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void only_the_payer_accepts() {
        fixture.givenCurrentTime(T0).andGiven(
                        new PaymentRequested(COMMUNITY, REQUEST, PARENT, SITTER, 20, EXPIRY, T0))
                .when(new PrepareAcceptance(REQUEST, SITTER))
                .expectException(rejectedWith(ErrorCode.FORBIDDEN));
    }

    static Matcher<Throwable> rejectedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable e) {
                return e instanceof RejectedException rejected && rejected.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RejectedException " + code);
            }
        };
    }

    /** The fixture's own notion of now, so that deadlines and expiry checks agree. */
    private final class FixtureClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
