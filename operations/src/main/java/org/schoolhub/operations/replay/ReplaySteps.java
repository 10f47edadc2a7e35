package org.schoolhub.operations.replay;

import org.schoolhub.operations.events.RawEventStream;
import java.util.Arrays;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.ReplayProcessors;
import org.schoolhub.support.projection.ShadowTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a {@link ReplayRun} does to the database and the processors, one step each. */
@Component
class ReplaySteps {

    static final String SCHEMA_PREFIX = ShadowTables.SCHEMA_PREFIX;
    static final String PROCESSOR_PREFIX = Projection.PROCESSOR + "-replay-";
    private static final Logger log = LoggerFactory.getLogger(ReplaySteps.class);

    private final ShadowTables shadows;
    private final ReplayProcessors processors;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final RawEventStream events;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    ReplaySteps(ShadowTables shadows, ReplayProcessors processors,
                ObjectProvider<EventProcessingConfiguration> processing, RawEventStream events, JdbcTemplate jdbc,
                Serializer serializer) {
        this.shadows = shadows;
        this.processors = processors;
        this.processing = processing;
        this.events = events;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    StreamingEventProcessor liveProcessor() {
        return processing.getObject().eventProcessor(Projection.PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("this node runs no projections"));
    }

    /** The replay's schema with empty copies of the tables; no token nor dead letter of an earlier try. */
    void prepare(String schema, String processorName, List<String> tables) {
        discard(schema, processorName);
        shadows.create(schema, tables);
    }

    TrackingEventProcessor processor(String name, List<Object> handlers, String schema) {
        return processors.create(name, handlers, schema);
    }

    long eventsUpTo(long position) {
        return events.countUpTo(position);
    }

    /** Where the live processor stands, segment by segment, as stored. */
    LiveTokens liveTokens() {
        List<StoredToken> stored = tokensOf(Projection.PROCESSOR, false);
        return new LiveTokens(stored, stored.stream().map(this::deserialize).toList());
    }

    /**
     * Puts the fresh tables in place, in one transaction that also checks the live processor has not
     * moved since it stopped (no other node took it over), and hands the replay's dead letters to the
     * live queue: they replace its own after a replay of every projection, join them otherwise.
     */
    void switchOver(String schema, String processorName, List<String> tables, LiveTokens stoppedAt,
                    boolean everything) {
        shadows.swap(schema, tables, () -> {
            List<StoredToken> now = tokensOf(Projection.PROCESSOR, true);
            if (!stoppedAt.sameAs(now)) {
                throw new IllegalStateException("the live projections moved on while the replay switched over: "
                        + "another node runs them; replay again with that node stopped");
            }
            List<TrackingToken> replayed = tokensOf(processorName, false).stream().map(this::deserialize).toList();
            if (replayed.isEmpty() || replayed.stream().anyMatch(token -> token == null || !stoppedAt.coveredBy(token))) {
                throw new IllegalStateException("the replay's stored position is short of the live one");
            }
            if (everything) {
                jdbc.update("delete from dead_letter_entry where processing_group = ?", Projection.PROCESSOR);
            } else {
                jdbc.update("""
                        delete from dead_letter_entry r
                         where r.processing_group = ?
                           and exists (select 1 from dead_letter_entry l
                                        where l.processing_group = ? and l.event_identifier = r.event_identifier)""",
                        processorName, Projection.PROCESSOR);
            }
            jdbc.update("""
                    update dead_letter_entry r
                       set processing_group = ?,
                           sequence_index = r.sequence_index + coalesce(
                               (select max(l.sequence_index) + 1 from dead_letter_entry l
                                 where l.processing_group = ? and l.sequence_identifier = r.sequence_identifier), 0)
                     where r.processing_group = ?""", Projection.PROCESSOR, Projection.PROCESSOR, processorName);
            jdbc.update("delete from token_entry where processor_name = ?", processorName);
        });
    }

    /** Drops what a replay that did not finish made: its schema, token and dead letters. */
    void discard(String schema, String processorName) {
        try {
            shadows.drop(schema);
            jdbc.update("delete from token_entry where processor_name = ?", processorName);
            jdbc.update("delete from dead_letter_entry where processing_group = ?", processorName);
        } catch (RuntimeException e) {
            log.warn("Could not drop what replay schema {} left; dropped at the next start", schema, e);
        }
    }

    /**
     * Drops replays cut off by a stop: schemas whose processor has not stored its token for five
     * minutes (a running replay stores it every batch and while idle, whichever node runs it).
     */
    void dropLeftovers() {
        for (String schema : shadows.leftOver()) {
            String processorName = PROCESSOR_PREFIX + schema.substring(SCHEMA_PREFIX.length());
            Integer recent = jdbc.queryForObject("""
                    select count(*) from token_entry where processor_name = ?
                       and timestamp > to_char((now() - interval '5 minutes') at time zone 'UTC',
                                               'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')""", Integer.class, processorName);
            if (recent == null || recent == 0) {
                log.info("Dropping {}, left by a replay that did not finish", schema);
                discard(schema, processorName);
            }
        }
    }

    /** A processor's token rows by segment; locked against its other nodes when asked. */
    private List<StoredToken> tokensOf(String processorName, boolean lock) {
        return jdbc.query("select segment, token, token_type, owner from token_entry where processor_name = ? "
                        + "order by segment" + (lock ? " for update" : ""),
                (rs, row) -> new StoredToken(rs.getInt(1), rs.getBytes(2), rs.getString(3), rs.getString(4)),
                processorName);
    }

    private TrackingToken deserialize(StoredToken token) {
        if (token.bytes() == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token.bytes(), byte[].class, token.type(), null));
    }

    /** A live processor's token row. */
    record StoredToken(int segment, byte[] bytes, String type, String owner) {

        boolean same(StoredToken other) {
            return segment == other.segment && Arrays.equals(bytes, other.bytes) && other.owner == null;
        }
    }

    /** The live processor's tokens where it stopped: what the replay must have handled, and must find unchanged. */
    record LiveTokens(List<StoredToken> stored, List<TrackingToken> tokens) {

        boolean coveredBy(TrackingToken replayed) {
            return tokens.stream().allMatch(token -> token == null || replayed.covers(token));
        }

        boolean sameAs(List<StoredToken> now) {
            if (now.size() != stored.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (!stored.get(i).same(now.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
