package org.schoolhub.operations;

import org.schoolhub.support.role.ConditionalOnSide;
import org.schoolhub.support.role.NodeRole;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The operators' endpoints, each on the nodes that can answer it: what reads and rebuilds the read
 * models (the event log, snapshots, verify, replays, dead letters) where the projections run; what
 * sends commands as well (rollbacks, stage advance) only where both sides run, so that no node
 * offers an endpoint, in its OpenAPI description either, that would send commands to a bus
 * without handlers. Imported by the service, never component-scanned as a whole.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsModule {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSide(NodeRole.QUERY)
    @ComponentScan({"org.schoolhub.operations.events", "org.schoolhub.operations.snapshot",
            "org.schoolhub.operations.audit", "org.schoolhub.operations.replay",
            "org.schoolhub.operations.deadletters"})
    static class WithTheProjections {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSide(NodeRole.ALL)
    @ComponentScan({"org.schoolhub.operations.rollback", "org.schoolhub.operations.stage",
            "org.schoolhub.operations.migration", "org.schoolhub.operations.imports"})
    static class WithBothSides {
    }
}
