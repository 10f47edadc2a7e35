package org.schoolhub.support.bus;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.schoolhub.shared.values.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at one command group: one unit of work, one transaction. Whatever fails, and
 * however (an Error included), the unit of work and its transaction end before this returns:
 * committed, or rolled back.
 */
final class CommandGroupRun {

    private static final Logger log = LoggerFactory.getLogger(CommandGroupRun.class);

    /** What every run of a bus shares: its handlers, interceptors, preparers and transactions. */
    record Setup(TransactionManager transactionManager, List<CorrelationDataProvider> correlationDataProviders,
                 List<CommandGroupPreparer> preparers,
                 Function<String, MessageHandler<? super CommandMessage<?>>> handlers,
                 List<MessageHandlerInterceptor<? super CommandMessage<?>>> handlerInterceptors) {
    }

    private final Setup setup;
    private final List<PendingCommand> group;
    private final List<CommandMessage<?>> commands;
    private final GroupUnitOfWork unitOfWork;
    private boolean committed;
    private boolean transactionRefused;
    private Throwable failure;

    CommandGroupRun(Setup setup, List<PendingCommand> group) {
        this.setup = setup;
        this.group = group;
        this.commands = group.stream().<CommandMessage<?>>map(PendingCommand::command).toList();
        this.unitOfWork = new GroupUnitOfWork(commands);
    }

    void execute() {
        try {
            unitOfWork.start();
            setup.correlationDataProviders().forEach(unitOfWork::registerCorrelationDataProvider);
            // commit handlers run newest first: registered before the transaction, this one runs after its commit
            unitOfWork.onCommit(u -> committed = true);
            attachTransaction();
            setup.preparers().forEach(preparer -> preparer.prepare(commands));
            ResultMessage<?> result = unitOfWork.executeWithResult(this::handleCurrent, CommandGroupRun::isFault);
            if (!committed) {
                failure = result.isExceptional() ? result.exceptionResult() : new IllegalStateException("not committed");
            }
        } catch (Throwable e) {
            failure = e;
            abandon(e);
        }
    }

    boolean committed() {
        return committed;
    }

    /** No transaction could be started: the database is out of reach, whatever the commands are. */
    boolean transactionRefused() {
        return transactionRefused;
    }

    Throwable failure() {
        return failure;
    }

    /** Answers every caller of a committed group: its result, or its refusal. */
    void answerAll() {
        Map<Message<?>, ExecutionResult> results = unitOfWork.getExecutionResults();
        for (PendingCommand pending : group) {
            ExecutionResult result = results.get(pending.command());
            if (result == null) {
                pending.fail(new IllegalStateException("no result"));
            } else if (result.isExceptionResult()) {
                pending.fail(result.getExceptionResult());
            } else {
                pending.succeed(result.getResult().getPayload());
            }
        }
    }

    private void attachTransaction() {
        try {
            unitOfWork.attachTransaction(setup.transactionManager());
        } catch (RuntimeException | Error e) {
            transactionRefused = true;
            throw e;
        }
    }

    private Object handleCurrent() throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        MessageHandler<? super CommandMessage<?>> handler = setup.handlers().apply(command.getCommandName());
        if (handler == null) {
            throw new NoHandlerForCommandException(command);
        }
        return new DefaultInterceptorChain<>(unitOfWork, setup.handlerInterceptors(), handler).proceed();
    }

    /** A refusal or an unknown id is an answer, not a fault: only other failures roll the group back. */
    private static boolean isFault(Throwable failure) {
        return !(failure instanceof RejectedException) && !(failure instanceof NoHandlerForCommandException)
                && !(failure instanceof AggregateNotFoundException);
    }

    /** Rolls back a unit of work that a failure left open, so its transaction ends with it. */
    private void abandon(Throwable cause) {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get() != unitOfWork) {
            return;
        }
        try {
            if (unitOfWork.phase().isBefore(UnitOfWork.Phase.ROLLBACK)) {
                unitOfWork.rollback(cause);
            }
        } catch (Throwable e) {
            log.error("Rolling back a failed command group failed too", e);
        } finally {
            if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() == unitOfWork) {
                CurrentUnitOfWork.clear(unitOfWork);
            }
        }
    }
}
