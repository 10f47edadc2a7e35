package org.schoolhub.operations;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Operators' wiring. */
@Configuration(proxyBeanMethods = false)
class OperationsConfig {

    /** Compensating events carry the id of the snapshot they roll back to. */
    @Bean
    CorrelationDataProvider rollbackSnapshotCorrelation() {
        return new SimpleCorrelationDataProvider(CompensatingCommands.ROLLBACK_SNAPSHOT);
    }

    /** Tokens and dead letters hold Axon's own polymorphic values; Axon's serializers must read them back. */
    @Bean
    Jackson3SerializerCustomizer replayTokenReadable() {
        return builder -> builder.polymorphicTypeValidator(new AxonTypesValidator());
    }
}
