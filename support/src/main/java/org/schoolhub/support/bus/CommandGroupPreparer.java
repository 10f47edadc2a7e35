package org.schoolhub.support.bus;

import java.util.List;

import org.axonframework.commandhandling.CommandMessage;

/**
 * Called once per command group, inside its unit of work and transaction, before any command of
 * the group runs: the place to load in one query what the commands will look up one by one.
 */
public interface CommandGroupPreparer {

    void prepare(List<? extends CommandMessage<?>> group);
}
