package org.schoolhub.command.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.support.bus.CommandsUnavailableException;
import org.schoolhub.shared.values.MetadataKeys;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of a caller (its id goes into the metadata, and from there into every
 * event the command causes) and waits for the commit, turning failures into API errors.
 */
@Component
public class CommandSender {

    private static final long TIMEOUT_SECONDS = 30;

    private final CommandGateway gateway;

    CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends and waits; an unknown aggregate becomes {@code notFound}. */
    public <R> R send(Object command, Caller caller, ErrorCode notFound) {
        CompletableFuture<R> result = gateway.send(command, MetaData.with(MetadataKeys.ACTOR, caller.userId().toString()));
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), notFound);
        } catch (TimeoutException e) {
            throw new CommandsUnavailableException("no answer within " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsUnavailableException("interrupted while waiting for the answer");
        }
    }

    private static RuntimeException translate(Throwable cause, ErrorCode notFound) {
        if (cause instanceof AggregateNotFoundException) {
            return new RejectedException(notFound);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }
}
