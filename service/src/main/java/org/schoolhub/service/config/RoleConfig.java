package org.schoolhub.service.config;

import org.schoolhub.operations.OperationsModule;
import org.schoolhub.support.role.ConditionalOnSide;
import org.schoolhub.support.role.NodeRole;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code schoolhub.role} decides which side this node runs ({@link NodeRole}): {@code all} runs
 * both, {@code command} only aggregates and command endpoints, {@code query} only projections and reads.
 */
public final class RoleConfig {

    private RoleConfig() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSide(NodeRole.COMMAND)
    @ComponentScan({"org.schoolhub.command", "org.schoolhub.support.bus"})
    static class CommandSide {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSide(NodeRole.QUERY)
    @ComponentScan({"org.schoolhub.query", "org.schoolhub.support.projection"})
    static class QuerySide {
    }

    /** The event store, who is calling and personal data: every role needs them; operations choose their own. */
    @Configuration(proxyBeanMethods = false)
    @Import(OperationsModule.class)
    @ComponentScan({"org.schoolhub.support.store", "org.schoolhub.support.web", "org.schoolhub.personal"})
    static class EverySide {
    }
}
