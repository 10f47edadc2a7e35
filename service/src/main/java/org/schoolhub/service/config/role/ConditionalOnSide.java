package org.schoolhub.service.config.role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * A bean or configuration that exists only on nodes whose {@code schoolhub.role} runs the given
 * side: {@code COMMAND} on nodes in role all or command, {@code QUERY} on all or query, {@code ALL}
 * (what needs both sides at once) on all only.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnSideCondition.class)
public @interface ConditionalOnSide {

    /** The side the annotated bean belongs to. */
    NodeRole value();
}
