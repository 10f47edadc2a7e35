package org.schoolhub.support.bus;

/**
 * No command can be taken now: the bus is full, stopping or stopped, or an answer did not come in
 * time. Not a refusal of the command itself: the caller may send it again later. The web layer
 * says so with its own status; the bus knows nothing of HTTP.
 */
public class CommandsUnavailableException extends RuntimeException {

    public CommandsUnavailableException(String why) {
        super(why);
    }
}
