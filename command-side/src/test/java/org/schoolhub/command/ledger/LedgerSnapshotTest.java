package org.schoolhub.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

class LedgerSnapshotTest {

    /** A snapshot is taken every few thousand ledger events; loading one must not re-open the ledger. */
    @Test
    void a_ledger_snapshot_deserializes_without_applying_events() {
        Jackson3Serializer serializer = Jackson3Serializer.builder().build();
        Ledger ledger = new Ledger();

        SerializedObject<byte[]> snapshot = serializer.serialize(ledger, byte[].class);
        Ledger restored = serializer.deserialize(snapshot);

        assertThat(restored).isNotNull();
    }
}
