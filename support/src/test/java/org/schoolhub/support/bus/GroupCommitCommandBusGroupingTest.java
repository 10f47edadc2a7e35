package org.schoolhub.support.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

/**
 * How the group-commit bus forms groups, commits them, splits a failed one and retries a
 * conflicting one, counted in the transactions a stand-in database is asked for. Every caller is
 * answered exactly once, whatever happened to its group.
 */
class GroupCommitCommandBusGroupingTest {

    private static final long ANSWER_SECONDS = 30;

    private final StandInDatabase database = new StandInDatabase();
    private final CountDownLatch blockerRunning = new CountDownLatch(1);
    private final CountDownLatch releaseBlocker = new CountDownLatch(1);
    private final Map<String, AtomicInteger> conflictsLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    private GroupCommitCommandBus bus;

    record Write(String row) {
    }

    /** A command the bus has no handler for. */
    record Unknown(String row) {
    }

    private void start(int maxGroupSize) {
        bus = new GroupCommitCommandBus(database, List.of(), List.of(), maxGroupSize, 1024);
        bus.subscribe(Write.class.getName(), message -> {
            String row = ((Write) message.getPayload()).row();
            handled.computeIfAbsent(row, r -> new AtomicInteger()).incrementAndGet();
            if (row.equals("blocker")) {
                blockerRunning.countDown();
                releaseBlocker.await();
            } else if (row.startsWith("rejected")) {
                throw new RejectedException(ErrorCode.LOWER_LIMIT_EXCEEDED);
            } else if (conflictsLeft.containsKey(row) && conflictsLeft.get(row).getAndDecrement() > 0) {
                CurrentUnitOfWork.get().onPrepareCommit(u -> {
                    throw new ConcurrencyException("another node wrote the aggregate first");
                });
            }
            if (!row.equals("blocker")) {
                database.write(row);
            }
            return row;
        });
    }

    @AfterEach
    void stop() {
        releaseBlocker.countDown();
        if (bus != null) {
            bus.shutdown();
        }
    }

    @Test
    void commands_queued_while_a_group_runs_commit_together_in_one_transaction() throws Exception {
        start(64);
        List<String> rows = List.of("a", "b", "c", "d", "e");

        int starts = transactionsFor(() -> answerAll(inOneGroup(rows)));

        assertThat(starts).as("one transaction for the whole group").isOne();
        assertThat(database.committed()).containsExactlyElementsOf(rows);
    }

    @Test
    void a_group_never_holds_more_commands_than_its_maximum() throws Exception {
        start(3);
        List<String> rows = List.of("a", "b", "c", "d", "e", "f", "g");

        int starts = transactionsFor(() -> answerAll(inOneGroup(rows)));

        assertThat(starts).as("groups of 3, 3 and 1").isEqualTo(3);
        assertThat(database.committed()).containsExactlyElementsOf(rows);
    }

    @Test
    void a_group_refused_at_commit_is_split_so_only_the_poison_command_fails() throws Exception {
        start(64);
        String poison = StandInDatabase.REFUSED_AT_COMMIT + "-c";
        List<String> rows = List.of("a", "b", poison, "d");

        List<FutureCallback<Object, Object>> answers = new ArrayList<>();
        int starts = transactionsFor(() -> answers.addAll(inOneGroup(rows)));

        assertThat(answer(answers.get(0)).isExceptional()).isFalse();
        assertThat(answer(answers.get(1)).isExceptional()).isFalse();
        assertThat(answer(answers.get(2)).isExceptional()).isTrue();
        assertThat(answer(answers.get(3)).isExceptional()).isFalse();
        assertThat(starts).as("the group once, then each command alone").isEqualTo(1 + rows.size());
        assertThat(handled.get("a")).as("run in the group, then alone").hasValue(2);
        assertThat(database.committed()).containsExactly("a", "b", "d");
    }

    @Test
    void a_refusal_is_an_answer_and_does_not_roll_its_group_back() throws Exception {
        start(64);
        List<FutureCallback<Object, Object>> answers = new ArrayList<>();
        int starts = transactionsFor(() -> answers.addAll(inOneGroup(List.of("a", "rejected-b", "c"))));

        assertThat(answer(answers.get(1)).exceptionResult()).isInstanceOfSatisfying(RejectedException.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.LOWER_LIMIT_EXCEEDED));
        assertThat(answer(answers.get(0)).isExceptional()).isFalse();
        assertThat(answer(answers.get(2)).isExceptional()).isFalse();
        assertThat(starts).as("no split: the group committed as it was").isOne();
        assertThat(database.committed()).containsExactly("a", "c");
    }

    @Test
    void a_command_without_a_handler_is_answered_as_such_and_its_group_commits() throws Exception {
        start(64);
        List<FutureCallback<Object, Object>> answers = new ArrayList<>();
        int starts = transactionsFor(() -> answers.addAll(inOneGroup(List.of("a", "b"), () -> {
            FutureCallback<Object, Object> unknown = new FutureCallback<>();
            bus.dispatch(asCommandMessage(new Unknown("x")), unknown);
            answers.add(unknown);
        })));

        assertThat(answer(answers.get(0)).exceptionResult()).isInstanceOf(NoHandlerForCommandException.class);
        assertThat(answer(answers.get(1)).isExceptional()).isFalse();
        assertThat(answer(answers.get(2)).isExceptional()).isFalse();
        assertThat(starts).isOne();
        assertThat(database.committed()).containsExactly("a", "b");
    }

    @Test
    void a_concurrent_write_by_another_node_retries_the_group_on_fresh_state() throws Exception {
        start(64);
        conflictsLeft.put("b", new AtomicInteger(1));
        List<FutureCallback<Object, Object>> answers = new ArrayList<>();
        int starts = transactionsFor(() -> answers.addAll(inOneGroup(List.of("a", "b", "c"))));

        for (FutureCallback<Object, Object> answer : answers) {
            assertThat(answer(answer).isExceptional()).isFalse();
        }
        assertThat(starts).as("the whole group again, not one by one").isEqualTo(2);
        assertThat(database.committed()).containsExactly("a", "b", "c");
    }

    @Test
    void a_conflict_that_persists_gives_up_after_three_attempts_and_fails_that_command_alone() throws Exception {
        start(64);
        conflictsLeft.put("lost", new AtomicInteger(Integer.MAX_VALUE));
        FutureCallback<Object, Object> answer = send("lost");

        assertThat(answer(answer).exceptionResult()).isInstanceOf(ConcurrencyException.class);
        bus.shutdown();
        assertThat(handled.get("lost")).hasValue(3);
        assertThat(database.committed()).isEmpty();
    }

    @Test
    void every_caller_is_answered_exactly_once_whatever_its_group_went_through() throws Exception {
        start(64);
        conflictsLeft.put("conflict", new AtomicInteger(1));
        List<String> rows = List.of("a", "rejected-b", StandInDatabase.REFUSED_AT_COMMIT + "-c", "conflict", "e");

        answerAll(inOneGroup(rows));
        bus.shutdown();

        assertThat(answered.keySet()).containsExactlyInAnyOrder("blocker", "a", "rejected-b",
                StandInDatabase.REFUSED_AT_COMMIT + "-c", "conflict", "e");
        answered.forEach((row, count) -> assertThat(count).as(row).hasValue(1));
        assertThat(handled.get("a").get()).as("but handled more than once").isGreaterThan(1);
    }

    /** How many transactions the database was asked for while {@code work} ran. */
    private int transactionsFor(ThrowingRunnable work) throws Exception {
        int before = database.starts();
        work.run();
        bus.shutdown();
        // the blocker's own group
        return database.starts() - before - 1;
    }

    private List<FutureCallback<Object, Object>> inOneGroup(List<String> rows) throws Exception {
        return inOneGroup(rows, () -> { });
    }

    /** Holds the worker on a first command until every row is queued, so they form the next group(s). */
    private List<FutureCallback<Object, Object>> inOneGroup(List<String> rows, Runnable first) throws Exception {
        FutureCallback<Object, Object> blocker = send("blocker");
        assertThat(blockerRunning.await(ANSWER_SECONDS, TimeUnit.SECONDS)).isTrue();
        first.run();
        List<FutureCallback<Object, Object>> answers = new ArrayList<>();
        rows.forEach(row -> answers.add(send(row)));
        releaseBlocker.countDown();
        assertThat(answer(blocker).isExceptional()).isFalse();
        return answers;
    }

    private FutureCallback<Object, Object> send(String row) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        bus.dispatch(asCommandMessage(new Write(row)), (command, result) -> {
            answered.computeIfAbsent(row, r -> new AtomicInteger()).incrementAndGet();
            callback.onResult(command, result);
        });
        return callback;
    }

    private static void answerAll(List<FutureCallback<Object, Object>> answers) throws Exception {
        for (FutureCallback<Object, Object> answer : answers) {
            answer(answer);
        }
    }

    private static CommandResultMessage<?> answer(FutureCallback<Object, Object> callback) throws Exception {
        return callback.get(ANSWER_SECONDS, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
