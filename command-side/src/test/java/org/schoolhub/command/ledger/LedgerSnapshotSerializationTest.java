package org.schoolhub.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

class LedgerSnapshotSerializationTest {

    @Test
    void a_ledger_snapshot_is_read_back_without_calling_the_constructor_that_applies_an_event() {
        Jackson3Serializer serializer = Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(b -> b.addMixIn(Ledger.class, LedgerSnapshotFormat.class)).build();
        UUID family = UUID.randomUUID();
        byte[] json = ("{\"communityId\":\"" + UUID.randomUUID() + "\",\"accounts\":{\"" + family
                + "\":{\"balance\":-25,\"closed\":false}}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SerializedObject<byte[]> snapshot = new SimpleSerializedObject<>(json, byte[].class, Ledger.class.getName(), null);

        Ledger ledger = serializer.deserialize(snapshot);

        String written = new String(serializer.serialize(ledger, byte[].class).getData(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).contains("\"" + family + "\":{\"balance\":-25,\"closed\":false}");
        Ledger again = serializer.deserialize(serializer.serialize(ledger, byte[].class));
        assertThat(new String(serializer.serialize(again, byte[].class).getData(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(written);
    }
}
