package org.schoolhub.service.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * {@code schoolhub.role} decides which side this node runs: {@code all} (default) runs both,
 * {@code command} only aggregates and command endpoints, {@code query} only projections and reads.
 */
public final class RoleConfig {

    private RoleConfig() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${schoolhub.role:all}' == 'all' or '${schoolhub.role:all}' == 'command'")
    @ComponentScan({"org.schoolhub.command", "org.schoolhub.support.bus"})
    static class CommandSide {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${schoolhub.role:all}' == 'all' or '${schoolhub.role:all}' == 'query'")
    @ComponentScan({"org.schoolhub.query", "org.schoolhub.support.projection", "org.schoolhub.operations"})
    static class QuerySide {
    }

    /** The event store, who is calling and personal data: every role needs them. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan({"org.schoolhub.support.store", "org.schoolhub.support.web", "org.schoolhub.personal"})
    static class EverySide {
    }
}
