package org.schoolhub.query.support;

import java.lang.reflect.Member;
import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.replay.ResetContext;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * All projections share one processor, so a token reset reaches all of them. This keeps a replay
 * of some projections to those: the others skip the reset (their tables stay) and skip the
 * replayed events (they have handled them already). Events after the reset position, and
 * replays of all projections, reach every handler as usual.
 */
@Component
public class ReplayScopeEnhancer implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return original.unwrap(Member.class)
                .map(Member::getDeclaringClass)
                .map(type -> AnnotatedElementUtils.findMergedAnnotation(type, Projection.class))
                .<MessageHandlingMember<T>>map(projection -> new Scoped<>(original, projection.value()))
                .orElse(original);
    }

    private static final class Scoped<T> extends WrappedMessageHandlingMember<T> {

        private final String projection;

        private Scoped(MessageHandlingMember<T> delegate, String projection) {
            super(delegate);
            this.projection = projection;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            return outOfScope(message) ? null : super.handle(message, target);
        }

        private boolean outOfScope(Message<?> message) {
            Optional<ReplayScope> scope = Optional.empty();
            if (message instanceof ResetContext<?> reset && reset.getPayload() instanceof ReplayScope resetScope) {
                scope = Optional.of(resetScope);
            } else if (message instanceof EventMessage<?> event) {
                scope = ReplayToken.replayContext(event, ReplayScope.class);
            }
            return scope.map(s -> !s.includes(projection)).orElse(false);
        }
    }
}
