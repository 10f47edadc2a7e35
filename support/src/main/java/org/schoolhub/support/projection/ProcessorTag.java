package org.schoolhub.support.projection;

import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Names, in a unit of work's resources, the processor handling it: the live projections processor
 * and a replay's processor run the same projection beans, and what a write does (buffered or
 * careful, which tables) depends on which of them is writing.
 */
public final class ProcessorTag implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String KEY = ProcessorTag.class.getName();

    private final String processor;

    public ProcessorTag(String processor) {
        this.processor = processor;
    }

    /** The processor handling the given unit of work, if a tag was put on it. */
    public static Optional<String> of(UnitOfWork<?> unitOfWork) {
        return Optional.ofNullable(unitOfWork.root().getResource(KEY));
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        unitOfWork.root().resources().putIfAbsent(KEY, processor);
        return chain.proceed();
    }
}
