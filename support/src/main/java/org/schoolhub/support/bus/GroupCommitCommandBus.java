package org.schoolhub.support.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.callbacks.LoggingCallback;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.ConcurrencyException;
import org.schoolhub.shared.values.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command bus that handles commands one after the other on a single thread, in arrival order,
 * and commits them in groups: every command that arrived while the previous group was being
 * written joins the next unit of work, whose events go to PostgreSQL in one transaction.
 *
 * <p>Why: a command bus that commits once per command is bound by the commit latency of the
 * database (a few hundred commits per second for one aggregate, since the aggregate lock is held
 * until the commit). Grouping keeps every invariant check sequential and exact, while one commit
 * serves many commands, as TigerBeetle batches. A caller hears about its command only after
 * the group's commit, so nothing acknowledged can be lost.
 *
 * <p>A refused command ({@link RejectedException}) applies no event and does not disturb the
 * others. A concurrent write by another node (a {@link ConcurrencyException} at commit) retries
 * the group on fresh state. Any other failure, in a handler or at commit (a row the database
 * refuses), an Error included, rolls the group back and its commands run again one by one, so
 * one faulty command fails alone and its neighbours commit; unless no transaction can be started
 * at all (the database is down), which fails the group at once.
 */
public final class GroupCommitCommandBus implements CommandBus {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);
    private static final int MAX_ATTEMPTS = 3;

    private final CommandGroupRun.Setup setup;
    private final int maxGroupSize;
    private final BlockingQueue<PendingCommand> queue;
    private final Map<String, MessageHandler<? super CommandMessage<?>>> subscriptions = new ConcurrentHashMap<>();
    private final List<MessageHandlerInterceptor<? super CommandMessage<?>>> handlerInterceptors =
            new CopyOnWriteArrayList<>();
    private final List<MessageDispatchInterceptor<? super CommandMessage<?>>> dispatchInterceptors =
            new CopyOnWriteArrayList<>();
    private final Thread worker;
    private volatile boolean accepting = true;

    public GroupCommitCommandBus(TransactionManager transactionManager,
                                 List<CorrelationDataProvider> correlationDataProviders,
                                 List<CommandGroupPreparer> preparers, int maxGroupSize, int queueCapacity) {
        this.setup = new CommandGroupRun.Setup(transactionManager, List.copyOf(correlationDataProviders),
                List.copyOf(preparers), subscriptions::get, handlerInterceptors);
        this.maxGroupSize = maxGroupSize;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.worker = new Thread(this::work, "command-group-commit");
        this.worker.setDaemon(false);
        this.worker.start();
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, LoggingCallback.INSTANCE);
    }

    @Override
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        PendingCommand pending = new PendingCommand(intercept(command), callback);
        if (!accepting) {
            pending.fail(new CommandsUnavailableException("the command bus is stopped"));
        } else if (!queue.offer(pending)) {
            pending.fail(new CommandsUnavailableException("the command bus's queue is full"));
        } else if (!accepting && queue.remove(pending)) {
            // the worker stopped between the check and the offer: nobody would ever take it
            pending.fail(new CommandsUnavailableException("the command bus stopped"));
        }
    }

    @SuppressWarnings("unchecked")
    private CommandMessage<?> intercept(CommandMessage<?> command) {
        CommandMessage<?> intercepted = command;
        for (MessageDispatchInterceptor<? super CommandMessage<?>> interceptor : dispatchInterceptors) {
            BiFunction<Integer, ? super CommandMessage<?>, ? super CommandMessage<?>> f =
                    interceptor.handle(List.of(intercepted));
            intercepted = (CommandMessage<?>) f.apply(0, intercepted);
        }
        return intercepted;
    }

    private void work() {
        List<PendingCommand> group = new ArrayList<>(maxGroupSize);
        try {
            while (accepting || !queue.isEmpty()) {
                PendingCommand first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, maxGroupSize - 1);
                try {
                    handleGroup(group);
                } catch (Throwable e) {
                    log.error("Command group failed unexpectedly", e);
                    group.forEach(p -> p.fail(e));
                } finally {
                    group.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // whatever ends the worker, no caller waits for it
            accepting = false;
            List<PendingCommand> left = new ArrayList<>();
            queue.drainTo(left);
            left.forEach(p -> p.fail(new CommandsUnavailableException("the command bus stopped")));
        }
    }

    /**
     * Runs a group until it commits or fails. Returns the failure when no transaction could even
     * be started (the database is out of reach): then nothing is gained by running its commands,
     * or the rest of a group being split, one by one. Null otherwise.
     */
    private Throwable handleGroup(List<PendingCommand> group) {
        for (int attempt = 1; ; attempt++) {
            CommandGroupRun run = new CommandGroupRun(setup, group);
            run.execute();
            if (run.committed()) {
                run.answerAll();
                return null;
            }
            if (run.transactionRefused()) {
                group.forEach(p -> p.fail(run.failure()));
                return run.failure();
            }
            if (isConcurrencyConflict(run.failure()) && attempt < MAX_ATTEMPTS) {
                log.info("Concurrent write detected, retrying {} commands on fresh state", group.size());
                continue;
            }
            if (group.size() > 1) {
                log.warn("A group of {} commands failed ({}); running them one by one", group.size(),
                        String.valueOf(run.failure()));
                oneByOne(group);
                return null;
            }
            group.get(0).fail(run.failure());
            return null;
        }
    }

    private void oneByOne(List<PendingCommand> group) {
        for (int i = 0; i < group.size(); i++) {
            Throwable outOfReach = handleGroup(List.of(group.get(i)));
            if (outOfReach != null) {
                group.subList(i + 1, group.size()).forEach(p -> p.fail(outOfReach));
                return;
            }
        }
    }

    private static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        subscriptions.put(commandName, handler);
        return () -> subscriptions.remove(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        handlerInterceptors.add(interceptor);
        return () -> handlerInterceptors.remove(interceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        dispatchInterceptors.add(interceptor);
        return () -> dispatchInterceptors.remove(interceptor);
    }

    /** Stops accepting commands, finishes those already queued, then stops the worker. */
    public void shutdown() {
        accepting = false;
        try {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
