package org.schoolhub.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A repeat is recognised by what the client sent: payer, payee, amount and memo. */
class RecordedTransferTest {

    private static final UUID ANNE = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();

    private static RecordedTransfer booked(String memo) {
        return new RecordedTransfer(UUID.randomUUID(), RecordedTransfer.Kind.TRANSFER, ANNE, BOB, 25, memo,
                Instant.EPOCH, -25, 25, null, null);
    }

    @Test
    void no_memo_and_an_empty_memo_are_the_same_request_whichever_came_first() {
        assertThat(booked(null).sameRequestAs(ANNE, BOB, 25, "")).isTrue();
        assertThat(booked("").sameRequestAs(ANNE, BOB, 25, null)).isTrue();
        assertThat(booked(null).sameRequestAs(ANNE, BOB, 25, null)).isTrue();
    }

    @Test
    void the_memo_is_compared_exactly_as_sent() {
        assertThat(booked("lift").sameRequestAs(ANNE, BOB, 25, "lift")).isTrue();
        assertThat(booked("lift").sameRequestAs(ANNE, BOB, 25, "lift ")).isFalse();
        assertThat(booked("lift").sameRequestAs(ANNE, BOB, 25, "Lift")).isFalse();
        assertThat(booked("lift").sameRequestAs(ANNE, BOB, 25, null)).isFalse();
        assertThat(booked(null).sameRequestAs(ANNE, BOB, 25, " ")).isFalse();
    }

    @Test
    void payer_payee_and_amount_must_match_too() {
        assertThat(booked("lift").sameRequestAs(BOB, ANNE, 25, "lift")).isFalse();
        assertThat(booked("lift").sameRequestAs(ANNE, BOB, 26, "lift")).isFalse();
    }
}
