package org.schoolhub.operations.stage;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.schoolhub.support.web.Caller;
import org.schoolhub.query.metrics.StageGates;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/community/stage (API.md, Metrics); on nodes that run both sides. */
@RestController
@Tag(name = "Metrics")
class StageController {

    private final StageAdvance stages;

    StageController(StageAdvance stages) {
        this.stages = stages;
    }

    @PostMapping("/api/community/stage")
    @Refusals({ErrorCode.CONFLICT, ErrorCode.GATE_NOT_MET})
    @Operation(summary = "Advance to the next stage; GATE_NOT_MET unless the gate is ready or overridden with a reason"
            + " (COORDINATOR). A rollback snapshot is taken first.")
    StageAdvanced advance(@Valid @RequestBody StageRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        if (request.overriding() && (request.reason() == null || request.reason().isBlank())) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "reason", "is required to override the gate");
        }
        StageAdvance.Outcome outcome = stages.advance(request.stage(), request.overriding(), request.reason(), caller);
        return new StageAdvanced(outcome.stage(), outcome.previousStage(), outcome.overridden(), request.reason(),
                outcome.snapshotId(), outcome.gate());
    }

    /** The answer of POST /api/community/stage: the new stage, why, the snapshot taken first and the gate as it was. */
    record StageAdvanced(int stage, int previousStage, boolean overridden, String reason, UUID snapshotId,
                         StageGates.GateResult gate) {
    }
}
