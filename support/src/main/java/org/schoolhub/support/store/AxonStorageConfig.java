package org.schoolhub.support.store;

import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.schoolhub.shared.values.MetadataKeys;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's JDBC storage on PostgreSQL, with the snake_case tables of migrations/V1. Axon's
 * JDBC auto-configuration builds the event store, token store, saga store and dead-letter
 * queues from these schemas.
 */
@Configuration(proxyBeanMethods = false)
class AxonStorageConfig {

    static final int EVENTS_PER_QUERY = 1_000;
    static final int CACHED_EVENTS = 1_000;
    static final long CLEANUP_DELAY_MS = 1_000;

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC engine as its auto-configuration builds it, but reading {@value #EVENTS_PER_QUERY}
     * events per query, ten times Axon's default: a replay then costs a tenth of the queries. Its
     * failures are named and watched by
     * {@link PostgresEventStorageEngine}.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          DatabaseResources databaseResources) {
        return new PostgresEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(EVENTS_PER_QUERY), persistenceExceptionResolver, databaseResources);
    }

    /**
     * Spring's transactions over the pool, and Axon's units of work on them. Axon 4.13's
     * auto-configuration looks for Spring Boot 3's transaction auto-configuration by class name;
     * under Boot 4 it runs too early, finds no transaction manager and falls back to
     * {@code NoTransactionManager}: every statement would then commit on its own, events apart
     * from their registry rows, projection rows apart from their token. Declared here, a command
     * group and a projection batch are each one transaction.
     */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, SQLExceptionTranslator exceptionTranslator) {
        JdbcTransactionManager transactionManager = new JdbcTransactionManager(dataSource);
        transactionManager.setExceptionTranslator(exceptionTranslator);
        return transactionManager;
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * Axon's storage takes its connections from Spring's transaction, bound to the thread: inside a
     * unit of work (a command group, a projection batch) that is the unit of work's own transaction.
     * Not through Axon's default, {@code UnitOfWorkAwareConnectionProviderWrapper}: that one keeps the
     * transaction's connection in the unit of work and closes it again at cleanup, after the
     * transaction had already returned it to the pool, while the pool may have lent it to another
     * thread; Hikari's statement list of that connection was then changed by two threads at once
     * ({@code UnitOfWorkConnectionTest}).
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /**
     * Declared here because Axon's JDBC auto-configuration backs off once an event store is
     * declared; not Axon's, which never recognises PostgreSQL's unique violations.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }

    /** Every JdbcTemplate's and transaction's SQL errors, as Spring translates them, watched for a full disk. */
    @Bean
    SQLExceptionTranslator exceptionTranslator(DataSource dataSource, DatabaseResources databaseResources) {
        return new ResourceAwareExceptionTranslator(dataSource, databaseResources);
    }

    /**
     * Axon's event store as its auto-configuration builds it, with these differences. It keeps the
     * last {@value #CACHED_EVENTS} events in memory for the processors that follow the head, a
     * tenth of Axon's default: those are deserialised messages, a large share of a small heap at
     * the default, and the processors follow the head within a batch (one that falls further
     * behind reads from the database). Its
     * monitor only counts the events stored ({@code axon_event_store_appended_total}). The
     * processors' catch-up streams are read ahead ({@link ReadAheadEventStorageEngine}). And a
     * processor that falls behind the head is let go of after {@value #CLEANUP_DELAY_MS} ms, a tenth
     * of Axon's default: until then the cache's events from its last one on stay reachable through
     * it, which under full load is a large share of a small heap (docs/performance.md).
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  MeterRegistry registry) {
        Counter ingested = Counter.builder("axon.event.store.appended")
                .description("Events appended to the event store").register(registry);
        return EmbeddedEventStore.builder()
                .storageEngine(new ReadAheadEventStorageEngine(storageEngine))
                .messageMonitor(message -> {
                    ingested.increment();
                    return NoOpMessageMonitorCallback.INSTANCE;
                })
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cachedEvents(CACHED_EVENTS)
                .cleanupDelay(CLEANUP_DELAY_MS)
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .build());
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_identifier")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("timestamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /** Every event records who caused it (by user id) ... */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(MetadataKeys.ACTOR);
    }

    /** Compensating events carry the id of the snapshot they roll back to. */
    @Bean
    CorrelationDataProvider rollbackSnapshotCorrelation() {
        return new SimpleCorrelationDataProvider(MetadataKeys.ROLLBACK_SNAPSHOT);
    }

    /** The events of a Stage-0 import, and of its rollback, carry the import's id. */
    @Bean
    CorrelationDataProvider stage0ImportCorrelation() {
        return new SimpleCorrelationDataProvider(MetadataKeys.STAGE0_IMPORT);
    }

    /**
     * Axon's serializers, configured here only: Axon applies the first customizer it finds, so a
     * second one elsewhere would be silently ignored. Tokens and dead letters hold Axon's own
     * polymorphic values, which must be read back; stored types get their format from their
     * owners' mix-ins.
     */
    @Bean
    Jackson3SerializerCustomizer axonJson(List<JsonMixin> mixins) {
        return builder -> {
            builder.polymorphicTypeValidator(new AxonTypesValidator());
            mixins.forEach(m -> builder.addMixIn(m.target(), m.mixin()));
        };
    }

    /** ... and which message it descends from (correlation and trace ids). */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
