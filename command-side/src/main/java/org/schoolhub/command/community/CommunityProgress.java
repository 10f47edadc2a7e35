package org.schoolhub.command.community;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.schoolhub.shared.commands.AdvanceCommunityStage;
import org.schoolhub.shared.commands.CommunityProgressId;
import org.schoolhub.shared.commands.RecordIndicator;
import org.schoolhub.shared.commands.ReturnCommunityStage;
import org.schoolhub.shared.events.CommunityStageAdvanced;
import org.schoolhub.shared.events.CommunityStageReturned;
import org.schoolhub.shared.events.IndicatorRecorded;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

/**
 * A community's progress through its stages (0 to 4) and the indicators reported for its gates.
 * It exists from the first command that concerns it: a new community is at stage 0.
 */
@Aggregate
public class CommunityProgress {

    static final int LAST_STAGE = 4;

    @AggregateIdentifier
    private String progressId;
    private int stage;

    /** Axon creates the aggregate through this constructor, then replays or handles. */
    protected CommunityProgress() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordIndicator command, Clock clock) {
        Indicators.check(command.name(), command.value());
        apply(new IndicatorRecorded(command.communityId(), command.name(), command.value(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AdvanceCommunityStage command, Clock clock) {
        requireNextStage(command.toStage());
        requireGateOrOverride(command);
        apply(new CommunityStageAdvanced(command.communityId(), stage, command.toStage(), command.gateReady(),
                !command.gateReady(), command.reason(), command.snapshotId(), clock.instant()));
    }

    /** The compensation of an advance: only from the stage the community is at, one step back. */
    @CommandHandler
    void handle(ReturnCommunityStage command, Clock clock) {
        if (command.fromStage() != stage || stage == 0) {
            throw new RejectedException(ErrorCode.CONFLICT, "stage", command.fromStage());
        }
        apply(new CommunityStageReturned(command.communityId(), stage, stage - 1, command.migrationId(),
                command.reason(), clock.instant()));
    }

    private void requireNextStage(int toStage) {
        if (toStage != stage + 1 || toStage > LAST_STAGE) {
            throw new RejectedException(ErrorCode.CONFLICT, "stage", toStage);
        }
    }

    private static void requireGateOrOverride(AdvanceCommunityStage command) {
        boolean justified = command.override() && command.reason() != null && !command.reason().isBlank();
        if (!command.gateReady() && !justified) {
            throw new RejectedException(ErrorCode.GATE_NOT_MET, command.toStage() - 1, command.toStage());
        }
    }

    @EventSourcingHandler
    void on(IndicatorRecorded event) {
        progressId = CommunityProgressId.of(event.communityId());
    }

    @EventSourcingHandler
    void on(CommunityStageAdvanced event) {
        progressId = CommunityProgressId.of(event.communityId());
        stage = event.toStage();
    }

    @EventSourcingHandler
    void on(CommunityStageReturned event) {
        stage = event.toStage();
    }
}
