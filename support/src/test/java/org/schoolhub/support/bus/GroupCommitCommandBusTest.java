package org.schoolhub.support.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The group-commit bus against a stand-in database whose commit fails for one specific row: a
 * fault in one command of a group, wherever it happens (handler, preparer, commit, callback),
 * fails that command alone; its neighbours commit, and the worker goes on with the next group.
 */
class GroupCommitCommandBusTest {

    private static final long ANSWER_SECONDS = 30;

    private final StandInDatabase database = new StandInDatabase();
    private final CountDownLatch blockerRunning = new CountDownLatch(1);
    private final CountDownLatch releaseBlocker = new CountDownLatch(1);
    private GroupCommitCommandBus bus;

    /** The one command type here: writes its row, or fails the way its row asks for. */
    record Write(String row) {
    }

    @BeforeEach
    void start() {
        CommandGroupPreparer preparer = group -> {
            if (group.stream().anyMatch(c -> ((Write) c.getPayload()).row().equals("error-in-preparer"))) {
                throw new AssertionError("a preparer broke down");
            }
        };
        bus = new GroupCommitCommandBus(database, List.of(), List.of(preparer), 64, 1024);
        bus.subscribe(Write.class.getName(), message -> {
            String row = ((Write) message.getPayload()).row();
            switch (row) {
                case "blocker" -> {
                    blockerRunning.countDown();
                    releaseBlocker.await();
                }
                case "error-in-handler" -> throw new AssertionError("a handler broke down");
                case "error-at-commit" -> CurrentUnitOfWork.get().onPrepareCommit(u -> {
                    throw new StackOverflowError("serialising the events broke down");
                });
                default -> database.write(row);
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
    void a_command_whose_commit_fails_fails_alone_and_the_rest_of_its_group_commits() throws Exception {
        List<String> rows = List.of("a", "b", "c", StandInDatabase.REFUSED_AT_COMMIT + "-d", "e", "f", "g", "h");

        List<FutureCallback<Object, Object>> answers = inOneGroup(rows);

        for (int i = 0; i < rows.size(); i++) {
            boolean refused = rows.get(i).startsWith(StandInDatabase.REFUSED_AT_COMMIT);
            assertThat(answer(answers.get(i)).isExceptional()).as(rows.get(i)).isEqualTo(refused);
        }
        assertThat(database.committed()).containsExactly("a", "b", "c", "e", "f", "g", "h");
    }

    @Test
    void an_error_thrown_by_a_handler_fails_that_command_alone_and_the_worker_goes_on() throws Exception {
        List<FutureCallback<Object, Object>> answers = inOneGroup(List.of("a", "error-in-handler", "b"));

        assertThat(answer(answers.get(0)).isExceptional()).isFalse();
        assertThat(answer(answers.get(1)).exceptionResult()).isInstanceOf(AssertionError.class);
        assertThat(answer(answers.get(2)).isExceptional()).isFalse();
        assertThat(answer(send("later")).isExceptional()).as("the worker is alive").isFalse();
        assertThat(database.committed()).containsExactly("a", "b", "later");
    }

    @Test
    void an_error_at_commit_rolls_the_transaction_back_and_later_groups_still_commit() throws Exception {
        List<FutureCallback<Object, Object>> answers = inOneGroup(List.of("a", "error-at-commit", "b"));

        assertThat(answer(answers.get(0)).isExceptional()).isFalse();
        assertThat(answer(answers.get(1)).isExceptional()).isTrue();
        assertThat(answer(answers.get(2)).isExceptional()).isFalse();
        assertThat(answer(send("later")).isExceptional()).as("no transaction was left open").isFalse();
        assertThat(database.committed()).containsExactly("a", "b", "later");
    }

    @Test
    void an_error_in_a_preparer_fails_only_the_command_it_cannot_prepare() throws Exception {
        List<FutureCallback<Object, Object>> answers = inOneGroup(List.of("a", "error-in-preparer", "b"));

        assertThat(answer(answers.get(0)).isExceptional()).isFalse();
        assertThat(answer(answers.get(1)).isExceptional()).isTrue();
        assertThat(answer(answers.get(2)).isExceptional()).isFalse();
        assertThat(answer(send("later")).isExceptional()).isFalse();
        assertThat(database.committed()).containsExactly("a", "b", "later");
    }

    @Test
    void a_callback_that_throws_keeps_no_other_caller_waiting_or_misinformed() throws Exception {
        List<FutureCallback<Object, Object>> answers = inOneGroup(List.of("a", "b"), () ->
                bus.dispatch(asCommandMessage(new Write("caller-gone")), (command, result) -> {
                    throw new IllegalStateException("the caller went away");
                }));

        assertThat(answer(answers.get(0)).isExceptional()).as("committed, and told so").isFalse();
        assertThat(answer(answers.get(1)).isExceptional()).as("committed, and told so").isFalse();
        assertThat(answer(send("later")).isExceptional()).isFalse();
        assertThat(database.committed()).containsExactly("caller-gone", "a", "b", "later");
    }

    @Test
    void a_database_out_of_reach_fails_the_whole_group_at_once_instead_of_each_command_in_turn() throws Exception {
        AtomicInteger startsBefore = new AtomicInteger();
        List<FutureCallback<Object, Object>> answers = inOneGroup(List.of("a", "b", "c", "d"), () -> {
            database.reachable(false);
            startsBefore.set(database.starts());
        });

        for (FutureCallback<Object, Object> answer : answers) {
            assertThat(answer(answer).isExceptional()).isTrue();
        }
        assertThat(database.starts() - startsBefore.get()).as("one attempt for the group, not one per command").isOne();
        database.reachable(true);
        assertThat(answer(send("later")).isExceptional()).isFalse();
    }

    /** Holds the worker on a first command until every row is queued, so they form one group. */
    private List<FutureCallback<Object, Object>> inOneGroup(List<String> rows) throws Exception {
        return inOneGroup(rows, () -> { });
    }

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
        CommandMessage<Write> command = asCommandMessage(new Write(row));
        bus.dispatch(command, callback);
        return callback;
    }

    private static CommandResultMessage<?> answer(FutureCallback<Object, Object> callback) throws Exception {
        return callback.get(ANSWER_SECONDS, TimeUnit.SECONDS);
    }
}
