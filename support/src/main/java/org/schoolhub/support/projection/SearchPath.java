package org.schoolhub.support.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts a replay's schema first on the search path of each of its processor's transactions, so
 * that the projections' unqualified table names reach the fresh tables; whatever else they read,
 * and the processor's token, stay in {@code public}.
 */
final class SearchPath implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String KEY = SearchPath.class.getName();

    private final JdbcTemplate jdbc;
    private final String schema;

    SearchPath(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        unitOfWork.root().getOrComputeResource(KEY, key -> {
            jdbc.execute("set local search_path = " + schema + ", public");
            return Boolean.TRUE;
        });
        return chain.proceed();
    }
}
