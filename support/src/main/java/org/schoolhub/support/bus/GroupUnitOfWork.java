package org.schoolhub.support.bus;

import java.util.List;
import java.util.function.Consumer;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The unit of work of one command group. An {@link Error} raised by a phase handler (a
 * prepare-commit step that writes the group's rows, say) reaches Axon as an exception: Axon rolls
 * a unit of work back, and runs the other cleanup handlers, only for an exception. An Error would
 * pass through and leave the transaction open on the worker thread (every later commit joining it
 * and committing nothing) and the changed aggregates in the cache.
 */
final class GroupUnitOfWork extends BatchingUnitOfWork<CommandMessage<?>> {

    GroupUnitOfWork(List<CommandMessage<?>> commands) {
        super(commands);
    }

    @Override
    protected void addHandler(Phase phase, Consumer<UnitOfWork<CommandMessage<?>>> handler) {
        super.addHandler(phase, unitOfWork -> {
            try {
                handler.accept(unitOfWork);
            } catch (Error e) {
                throw new ErrorInPhase(phase, e);
            }
        });
    }

    /** An Error raised by a handler of a unit of work's phase, carried as an exception. */
    static final class ErrorInPhase extends RuntimeException {

        ErrorInPhase(Phase phase, Error cause) {
            super("error in phase " + phase + ": " + cause, cause);
        }
    }
}
