package org.schoolhub.service.config;

import org.schoolhub.service.config.role.ConditionalOnSide;
import org.schoolhub.service.config.role.NodeRole;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * {@code schoolhub.role} decides which side this node runs ({@link NodeRole}): {@code all} runs
 * both, {@code command} only aggregates and command endpoints, {@code query} only projections and reads.
 */
public final class RoleConfig {

    private RoleConfig() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSide(NodeRole.COMMAND)
    @ComponentScan("org.schoolhub.command")
    static class CommandSide {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSide(NodeRole.QUERY)
    @ComponentScan("org.schoolhub.query")
    static class QuerySide {
    }
}
