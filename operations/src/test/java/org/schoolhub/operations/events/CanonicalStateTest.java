package org.schoolhub.operations.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.schoolhub.shared.events.SelAccountOpened;
import org.schoolhub.shared.events.SelTransferCompleted;

class CanonicalStateTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-0000000000cc");
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void the_canonical_form_is_sorted_compact_json_and_its_checksum_is_its_sha256() {
        EventFold fold = new EventFold();
        fold.apply(1, new FamilyEnrolled(COMMUNITY, B, T));
        fold.apply(2, new SelAccountOpened(COMMUNITY, B, T));
        fold.apply(3, new FamilyEnrolled(COMMUNITY, A, T));
        fold.apply(4, new SelAccountOpened(COMMUNITY, A, T));
        fold.apply(5, new SelTransferCompleted(COMMUNITY, UUID.randomUUID(), A, B, 25, -25, 25, T));
        fold.apply(6, new GroupOrderOpened(COMMUNITY, ORDER, "Sweaters", 2500, 20, T, T));
        fold.apply(7, new GroupOrderLinePlaced(COMMUNITY, ORDER, B, 2, 0, T));

        String canonical = CanonicalState.of(fold.view());

        assertThat(canonical).isEqualTo("{\"accounts\":["
                + "{\"familyId\":\"" + A + "\",\"balance\":-25,\"closed\":false},"
                + "{\"familyId\":\"" + B + "\",\"balance\":25,\"closed\":false}],"
                + "\"families\":[{\"familyId\":\"" + A + "\",\"status\":\"ACTIVE\",\"erased\":false},"
                + "{\"familyId\":\"" + B + "\",\"status\":\"ACTIVE\",\"erased\":false}],"
                + "\"openGroupOrders\":[{\"groupOrderId\":\"" + ORDER + "\",\"lines\":["
                + "{\"familyId\":\"" + B + "\",\"quantity\":2}]}]}");
        // sha256 of "abc", the FIPS 180-2 example: the digest is standard SHA-256 in lower-case hex
        assertThat(CanonicalState.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_same_state_reached_in_another_order_has_the_same_checksum() {
        EventFold one = new EventFold();
        one.apply(1, new SelAccountOpened(COMMUNITY, A, T));
        one.apply(2, new SelAccountOpened(COMMUNITY, B, T));
        one.apply(3, new SelTransferCompleted(COMMUNITY, UUID.randomUUID(), A, B, 10, -10, 10, T));
        EventFold other = new EventFold();
        other.apply(10, new SelAccountOpened(COMMUNITY, B, T));
        other.apply(11, new SelAccountOpened(COMMUNITY, A, T));
        other.apply(12, new SelTransferCompleted(COMMUNITY, UUID.randomUUID(), A, B, 4, -4, 4, T));
        other.apply(13, new SelTransferCompleted(COMMUNITY, UUID.randomUUID(), A, B, 6, -10, 10, T));

        assertThat(CanonicalState.sha256(CanonicalState.of(other.view())))
                .isEqualTo(CanonicalState.sha256(CanonicalState.of(one.view())));
    }

    @Test
    void any_difference_in_a_balance_changes_the_checksum() {
        EventFold one = new EventFold();
        one.apply(1, new SelAccountOpened(COMMUNITY, A, T));
        one.apply(2, new SelAccountOpened(COMMUNITY, B, T));
        String before = CanonicalState.sha256(CanonicalState.of(one.view()));
        one.apply(3, new SelTransferCompleted(COMMUNITY, UUID.randomUUID(), A, B, 1, -1, 1, T));
        assertThat(CanonicalState.sha256(CanonicalState.of(one.view()))).isNotEqualTo(before);
    }

    @Test
    void recorded_balances_that_do_not_add_up_are_kept_as_discrepancies() {
        EventFold fold = new EventFold();
        fold.apply(1, new SelAccountOpened(COMMUNITY, A, T));
        fold.apply(2, new SelAccountOpened(COMMUNITY, B, T));
        fold.apply(3, new SelTransferCompleted(COMMUNITY, UUID.randomUUID(), A, B, 5, -5, 7, T));
        assertThat(fold.discrepancies()).singleElement().asString().contains("position 3");
    }
}
