package org.schoolhub.support.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * Which failures park an event in the dead-letter queue: those the event causes. A database that
 * is only unreachable for now is no reason to park anything: the failure goes on up, the batch is
 * rolled back and the processor retries it later, as it would without a queue.
 */
public final class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** The dead-letter table keeps up to 1,023 characters of the cause. */
    static final int CAUSE_LENGTH = 1_000;

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (cause == null) {
            return Decisions.enqueue(new ThrowableCause("unknown", "failed without a cause"));
        }
        if (DatabaseTrouble.isTransient(cause)) {
            throw new DatabaseUnavailable(cause);
        }
        return Decisions.enqueue(new ThrowableCause(cause.getClass().getName(), readable(cause)));
    }

    /** The message and its root cause, printable and bounded: the operator reads it, the table stores it. */
    static String readable(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == cause ? String.valueOf(cause.getMessage())
                : cause.getMessage() + " (caused by " + root + ")";
        String printable = message.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", "?");
        return printable.length() <= CAUSE_LENGTH ? printable : printable.substring(0, CAUSE_LENGTH);
    }

    /** Thrown on, so that the processor retries the batch later instead of parking its event. */
    static final class DatabaseUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DatabaseUnavailable(Throwable cause) {
            super("The database is not available: " + cause, cause);
        }
    }
}
