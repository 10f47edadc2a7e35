package org.schoolhub.support.bus;

import static org.axonframework.commandhandling.GenericCommandResultMessage.asCommandResultMessage;

import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command waiting for the worker, with its caller's callback. It is answered once, and a
 * callback that throws is logged, never passed on: the worker still has the rest of the group
 * to answer and the next group to run.
 */
final class PendingCommand {

    private static final Logger log = LoggerFactory.getLogger(PendingCommand.class);

    private final CommandMessage<?> command;
    private final CommandCallback<Object, Object> callback;
    private final AtomicBoolean answered = new AtomicBoolean();

    @SuppressWarnings({"unchecked", "rawtypes"})
    PendingCommand(CommandMessage<?> command, CommandCallback<?, ?> callback) {
        this.command = command;
        this.callback = (CommandCallback) callback;
    }

    CommandMessage<?> command() {
        return command;
    }

    void succeed(Object result) {
        answer(asCommandResultMessage(result));
    }

    void fail(Throwable cause) {
        answer(asCommandResultMessage(cause));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answer(CommandResultMessage<?> result) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        try {
            callback.onResult((CommandMessage) command, (CommandResultMessage) result);
        } catch (Throwable e) {
            log.warn("The callback of command {} failed; the other commands are answered all the same",
                    command.getCommandName(), e);
        }
    }
}
