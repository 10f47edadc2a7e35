package org.schoolhub.command.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandMessage;
import org.schoolhub.shared.commands.NamesTransfers;
import org.schoolhub.support.bus.CommandGroupPreparer;
import org.springframework.stereotype.Component;

/**
 * Tells the registry, once per command group, every transfer the group's commands name, so that
 * the group's look-ups cost one query. The commands say which ids they read; neither the bus nor
 * the registry knows command types.
 */
@Component
class RegistryPreparer implements CommandGroupPreparer {

    private final TransferRegistry registry;

    RegistryPreparer(TransferRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void prepare(List<? extends CommandMessage<?>> group) {
        List<UUID> ids = new ArrayList<>();
        for (CommandMessage<?> command : group) {
            if (command.getPayload() instanceof NamesTransfers named) {
                ids.addAll(named.namedTransfers());
            }
        }
        registry.prepare(ids);
    }
}
