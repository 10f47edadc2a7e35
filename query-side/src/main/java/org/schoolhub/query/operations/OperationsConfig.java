package org.schoolhub.query.operations;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Operators' wiring: compensating events carry the id of the snapshot they roll back to. */
@Configuration(proxyBeanMethods = false)
class OperationsConfig {

    @Bean
    CorrelationDataProvider rollbackSnapshotCorrelation() {
        return new SimpleCorrelationDataProvider(CompensatingCommands.ROLLBACK_SNAPSHOT);
    }
}
