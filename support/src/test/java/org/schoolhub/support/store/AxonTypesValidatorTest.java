package org.schoolhub.support.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

class AxonTypesValidatorTest {

    @Test
    void a_replay_token_written_by_a_token_reset_can_be_read_back() {
        Jackson3Serializer serializer = Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(new AxonStorageConfig().axonJson(java.util.List.of())).build();
        TrackingToken token = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(42), null, null);
        SerializedObject<byte[]> stored = serializer.serialize(token, byte[].class);
        TrackingToken read = serializer.deserialize(stored);
        assertThat(read).isEqualTo(token);
    }

    @Test
    void a_value_declared_as_object_of_a_foreign_type_is_still_refused() {
        Jackson3Serializer serializer = Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(new AxonStorageConfig().axonJson(java.util.List.of())).build();
        byte[] hostile = ("{\"tokenAtReset\":null,\"currentToken\":null,\"context\":"
                + "[\"java.net.URL\",\"http://127.0.0.1/\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> serializer.deserialize(
                new org.axonframework.serialization.SimpleSerializedObject<>(hostile, byte[].class,
                        ReplayToken.class.getName(), null))).hasStackTraceContaining("java.net.URL");
    }
}
