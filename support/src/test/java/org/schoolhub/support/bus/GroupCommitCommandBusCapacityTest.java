package org.schoolhub.support.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group-commit bus's edges: a full queue refuses at once instead of making callers wait, a
 * shutdown finishes what was queued and refuses what comes after, and the interceptors see every
 * command.
 */
class GroupCommitCommandBusCapacityTest {

    private static final long ANSWER_SECONDS = 30;
    private static final int QUEUE_CAPACITY = 2;

    private final StandInDatabase database = new StandInDatabase();
    private final CountDownLatch blockerRunning = new CountDownLatch(1);
    private final CountDownLatch releaseBlocker = new CountDownLatch(1);
    private final GroupCommitCommandBus bus =
            new GroupCommitCommandBus(database, List.of(), List.of(), 64, QUEUE_CAPACITY);

    record Write(String row) {
    }

    GroupCommitCommandBusCapacityTest() {
        bus.subscribe(Write.class.getName(), message -> {
            String row = ((Write) message.getPayload()).row();
            if (row.equals("blocker")) {
                blockerRunning.countDown();
                releaseBlocker.await();
            } else {
                database.write(row + message.getMetaData().getOrDefault("tag", ""));
            }
            return row;
        });
    }

    @AfterEach
    void stop() {
        releaseBlocker.countDown();
        bus.shutdown();
    }

    @Test
    void a_full_queue_refuses_a_command_at_once_as_unavailable_and_stores_nothing_for_it() throws Exception {
        FutureCallback<Object, Object> blocker = sendAndWaitForBlocker();
        FutureCallback<Object, Object> first = send("a");
        FutureCallback<Object, Object> second = send("b");

        FutureCallback<Object, Object> overflow = send("overflow");

        assertThat(overflow.isDone()).as("answered before the worker is free").isTrue();
        assertUnavailable(overflow);
        releaseBlocker.countDown();
        assertThat(answer(blocker).isExceptional()).isFalse();
        assertThat(answer(first).isExceptional()).isFalse();
        assertThat(answer(second).isExceptional()).isFalse();
        assertThat(answer(send("later")).isExceptional()).as("room again once the queue drained").isFalse();
        assertThat(database.committed()).containsExactly("a", "b", "later");
    }

    @Test
    void shutdown_finishes_the_queued_commands_and_refuses_later_ones() throws Exception {
        FutureCallback<Object, Object> blocker = sendAndWaitForBlocker();
        FutureCallback<Object, Object> queued = send("queued");
        Thread stopping = new Thread(bus::shutdown, "stopping");
        stopping.start();
        // shutdown stops accepting before it waits for the worker
        while (stopping.getState() != Thread.State.TIMED_WAITING && stopping.isAlive()) {
            Thread.onSpinWait();
        }

        FutureCallback<Object, Object> late = send("late");

        assertThat(late.isDone()).as("refused without waiting for the worker").isTrue();
        assertUnavailable(late);
        releaseBlocker.countDown();
        stopping.join();
        assertThat(answer(blocker).isExceptional()).isFalse();
        assertThat(answer(queued).isExceptional()).isFalse();
        assertThat(database.committed()).containsExactly("queued");
    }

    @Test
    void after_shutdown_every_command_is_refused_as_unavailable() throws Exception {
        bus.shutdown();

        assertUnavailable(send("after"));
        assertThat(database.committed()).isEmpty();
    }

    @Test
    void dispatch_interceptors_change_the_command_that_handler_interceptors_and_handlers_then_see() throws Exception {
        List<Object> seenByHandlerInterceptor = new CopyOnWriteArrayList<>();
        bus.registerDispatchInterceptor(messages -> (index, command) -> command.andMetaData(MetaData.with("tag", "-d")));
        bus.registerHandlerInterceptor((unitOfWork, chain) -> {
            seenByHandlerInterceptor.add(unitOfWork.getMessage().getMetaData().get("tag"));
            return chain.proceed();
        });

        assertThat(answer(send("a")).isExceptional()).isFalse();

        assertThat(seenByHandlerInterceptor).containsExactly("-d");
        assertThat(database.committed()).containsExactly("a-d");
    }

    private FutureCallback<Object, Object> sendAndWaitForBlocker() throws InterruptedException {
        FutureCallback<Object, Object> blocker = send("blocker");
        assertThat(blockerRunning.await(ANSWER_SECONDS, TimeUnit.SECONDS)).isTrue();
        return blocker;
    }

    private FutureCallback<Object, Object> send(String row) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        bus.dispatch(asCommandMessage(new Write(row)), callback);
        return callback;
    }

    private static void assertUnavailable(FutureCallback<Object, Object> callback) throws Exception {
        assertThat(answer(callback).exceptionResult()).isInstanceOf(CommandsUnavailableException.class);
    }

    private static CommandResultMessage<?> answer(FutureCallback<Object, Object> callback) throws Exception {
        return callback.get(ANSWER_SECONDS, TimeUnit.SECONDS);
    }
}
