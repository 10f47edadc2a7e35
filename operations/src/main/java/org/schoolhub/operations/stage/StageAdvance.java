package org.schoolhub.operations.stage;

import java.util.UUID;

import org.schoolhub.command.web.CommandSender;
import org.schoolhub.query.metrics.StageGateReport;
import org.schoolhub.query.metrics.StageGates;
import org.schoolhub.operations.snapshot.RollbackSnapshots;
import org.schoolhub.shared.commands.AdvanceCommunityStage;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Advancing the community's stage: it needs the gate (read models) and the progress aggregate
 * (commands), so it lives here, where both sides meet. The order matters: check, then take the
 * rollback snapshot, then record the advance; the aggregate checks "next stage only" again
 * against its own state, since the read model may be a moment behind. Without a snapshot
 * mechanism in the application, no stage is advanced at all.
 */
@Component
public class StageAdvance {

    private final StageGateReport gates;
    private final ObjectProvider<RollbackSnapshots> snapshots;
    private final CommandSender commands;
    private final Community community;

    StageAdvance(StageGateReport gates, ObjectProvider<RollbackSnapshots> snapshots, CommandSender commands,
                 Community community) {
        this.gates = gates;
        this.snapshots = snapshots;
        this.commands = commands;
        this.community = community;
    }

    public Outcome advance(int toStage, boolean override, String reason, Caller caller) {
        StageGateReport.Report report = gates.now();
        int current = report.currentStage();
        if (toStage != current + 1) {
            throw new RejectedException(ErrorCode.CONFLICT, "stage", toStage);
        }
        StageGates.GateResult gate = report.gateFrom(current);
        boolean justified = override && reason != null && !reason.isBlank();
        if (!gate.ready() && !justified) {
            throw new RejectedException(ErrorCode.GATE_NOT_MET, current, toStage);
        }
        RollbackSnapshots snapshotter = snapshots.getIfAvailable();
        if (snapshotter == null) {
            throw new RejectedException(ErrorCode.SERVICE_UNAVAILABLE);
        }
        UUID snapshotId = snapshotter.take("before stage " + toStage);
        commands.send(new AdvanceCommunityStage(community.communityId(), toStage, gate.ready(), override,
                reason == null || reason.isBlank() ? null : reason.strip(), snapshotId), caller, ErrorCode.NOT_FOUND);
        return new Outcome(current, toStage, !gate.ready(), snapshotId, gate);
    }

    /** What the advance did. */
    public record Outcome(int previousStage, int stage, boolean overridden, UUID snapshotId, StageGates.GateResult gate) {
    }
}
