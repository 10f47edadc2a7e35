package org.schoolhub.support.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Projection transactions commit without waiting for their WAL flush
 * ({@code synchronous_commit = off} for that transaction only). Safe because a projection's rows and
 * its processor's token commit together: a crash can lose only the last few such transactions
 * whole, rows and token alike, and the processor then handles those events again. Commands and
 * the event store keep synchronous commits: what a client was told is stored is stored.
 */
final class AsynchronousCommit implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String KEY = AsynchronousCommit.class.getName();

    private final JdbcTemplate jdbc;

    AsynchronousCommit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        unitOfWork.root().getOrComputeResource(KEY, key -> {
            jdbc.execute("set local synchronous_commit = off");
            return Boolean.TRUE;
        });
        return chain.proceed();
    }
}
