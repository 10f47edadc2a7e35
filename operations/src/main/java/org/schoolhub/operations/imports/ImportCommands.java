package org.schoolhub.operations.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.schoolhub.shared.commands.ImportFamilies;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ImportedFamily;
import org.schoolhub.shared.values.MetadataKeys;
import org.schoolhub.support.bus.CommandsUnavailableException;
import org.schoolhub.support.web.Caller;
import org.springframework.stereotype.Component;

/**
 * Sends an import's commands as the operator, tagged with the import: families in batches (one
 * unit of work each), a few batches in flight so that the bus can group their commits.
 */
@Component
class ImportCommands {

    static final int BATCH = 200;
    static final int IN_FLIGHT = 4;
    private static final long TIMEOUT_SECONDS = 300;

    private final CommandGateway gateway;
    private final Community community;

    ImportCommands(CommandGateway gateway, Community community) {
        this.gateway = gateway;
        this.community = community;
    }

    void importFamilies(UUID importId, List<ImportedFamily> families, Caller caller) {
        List<List<ImportedFamily>> batches = new ArrayList<>();
        for (int i = 0; i < families.size(); i += BATCH) {
            batches.add(families.subList(i, Math.min(families.size(), i + BATCH)));
        }
        MetaData metaData = metaData(importId, caller);
        List<String> failures = sendAll(batches, batch -> gateway.send(
                new ImportFamilies(community.communityId(), importId, batch), metaData), IN_FLIGHT);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the import stopped: " + failures.get(0));
        }
    }

    static MetaData metaData(UUID importId, Caller caller) {
        return MetaData.with(MetadataKeys.ACTOR, caller.userId().toString())
                .and(MetadataKeys.STAGE0_IMPORT, importId.toString());
    }

    /** Sends each item's command, at most {@code window} at a time; the failures as text, in order. */
    static <T> List<String> sendAll(List<T> items, Function<T, CompletableFuture<?>> send, int window) {
        List<String> failures = new ArrayList<>();
        List<CompletableFuture<?>> flying = new ArrayList<>();
        for (T item : items) {
            flying.add(send.apply(item));
            if (flying.size() >= window) {
                failures.addAll(await(flying));
                flying.clear();
            }
        }
        failures.addAll(await(flying));
        return failures;
    }

    private static List<String> await(List<CompletableFuture<?>> futures) {
        List<String> failures = new ArrayList<>();
        for (CompletableFuture<?> future : futures) {
            try {
                future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(String.valueOf(e.getCause()));
            } catch (TimeoutException e) {
                throw new CommandsUnavailableException("no answer within " + TIMEOUT_SECONDS + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandsUnavailableException("interrupted while waiting for the answer");
            }
        }
        return failures;
    }
}
