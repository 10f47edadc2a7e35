package org.schoolhub.command.config;

import org.schoolhub.support.bus.BoundedAggregateCache;
import org.schoolhub.support.bus.CachingCommandTargetResolver;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.schoolhub.command.ledger.LedgerSnapshotFormat;
import org.schoolhub.support.bus.CommandGroupPreparer;
import org.schoolhub.support.store.JsonMixin;
import org.schoolhub.support.bus.GroupCommitCommandBus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/** Wiring of the command side: the group-commit bus, the ledger's cache and snapshots. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class CommandSideConfig {

    static final int SNAPSHOT_EVERY = 5_000;

    @Bean(destroyMethod = "shutdown")
    @Qualifier("localSegment")
    public GroupCommitCommandBus commandBus(TransactionManager transactionManager, Configuration axonConfiguration,
                                            List<CommandGroupPreparer> preparers, CommandBusSettings settings) {
        return new GroupCommitCommandBus(transactionManager, axonConfiguration.correlationDataProviders(),
                preparers, settings.maxGroupSize(), settings.queueCapacity());
    }

    /** The ledgers stay in memory between commands (a rollback evicts them). */
    @Bean
    public Cache ledgerCache() {
        return new BoundedAggregateCache(64);
    }

    /**
     * A snapshot every {@value #SNAPSHOT_EVERY} ledger events bounds the replay when the cache is
     * cold. Taking one reads every event since the last, so taking them often costs the load about
     * as much as a projection does (docs/performance.md).
     */
    @Bean
    public SnapshotTriggerDefinition ledgerSnapshotTrigger(SpringAggregateSnapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    /** Snapshots are written off the command thread, so no command waits for one. */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore,
                                                           TransactionManager transactionManager) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "ledger-snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /** Every aggregate's commands find their target through a per-type cache, not by reflection each time. */
    @Bean
    public CommandTargetResolver commandTargetResolver() {
        return new CachingCommandTargetResolver();
    }

    @Bean
    public Clock clock() {
        // PostgreSQL keeps microseconds: a repeated request must answer the very same instant.
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    }

    /** Ledger snapshots are written with the ledger's own format. */
    @Bean
    JsonMixin ledgerSnapshotFormat() {
        return LedgerSnapshotFormat.mixin();
    }
}
