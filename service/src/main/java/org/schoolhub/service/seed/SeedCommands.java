package org.schoolhub.service.seed;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.schoolhub.shared.values.MetadataKeys;
import org.schoolhub.shared.values.RejectedException;

/**
 * Sends the seeding run's commands one at a time, each at a pinned moment and on behalf of an
 * actor, like a member or a coordinator would through the API.
 */
final class SeedCommands {

    /** What became of one command. */
    enum Outcome { DONE, REFUSED, UNSUPPORTED }

    private final CommandGateway gateway;
    private final SeedClock clock;

    SeedCommands(CommandGateway gateway, SeedClock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    Outcome send(Object command, UUID actor, Instant at) {
        clock.pin(at);
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(MetadataKeys.ACTOR, actor.toString())));
            return Outcome.DONE;
        } catch (RejectedException refused) {
            return Outcome.REFUSED;
        } catch (NoHandlerForCommandException unsupported) {
            return Outcome.UNSUPPORTED;
        } finally {
            clock.release();
        }
    }
}
