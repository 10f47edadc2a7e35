package org.schoolhub.service.config.role;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches {@link ConditionalOnSide} against the node's role. It binds {@code schoolhub.role} as
 * the configuration properties do (so "query" and "QUERY" both mean QUERY, and a value that is no
 * role stops the start naming the property), because conditions are decided before any
 * configuration bean exists.
 */
class OnSideCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnSide.class.getName());
        NodeRole side = (NodeRole) attributes.get("value");
        NodeRole role = Binder.get(context.getEnvironment()).bind(NodeRole.PROPERTY, NodeRole.class)
                .orElseGet(NodeRole::byDefault);
        ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnSide.class, side);
        return role.includes(side)
                ? ConditionOutcome.match(message.because(NodeRole.PROPERTY + " is " + role))
                : ConditionOutcome.noMatch(message.because(NodeRole.PROPERTY + " is " + role));
    }
}
