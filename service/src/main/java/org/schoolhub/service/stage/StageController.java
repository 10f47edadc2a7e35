package org.schoolhub.service.stage;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.schoolhub.service.config.role.ConditionalOnSide;
import org.schoolhub.service.config.role.NodeRole;
import org.schoolhub.shared.values.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/community/stage (API.md, Metrics); on nodes that run both sides. */
@RestController
@Tag(name = "Metrics")
@ConditionalOnSide(NodeRole.ALL)
class StageController {

    private final StageAdvance stages;

    StageController(StageAdvance stages) {
        this.stages = stages;
    }

    @PostMapping("/api/community/stage")
    @Operation(summary = "Advance to the next stage; GATE_NOT_MET unless the gate is ready or overridden with a reason"
            + " (COORDINATOR). A rollback snapshot is taken first.")
    Map<String, Object> advance(@Valid @RequestBody StageRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        if (request.overriding() && (request.reason() == null || request.reason().isBlank())) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "reason", "is required to override the gate");
        }
        StageAdvance.Outcome outcome = stages.advance(request.stage(), request.overriding(), request.reason(), caller);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", outcome.stage());
        body.put("previousStage", outcome.previousStage());
        body.put("overridden", outcome.overridden());
        body.put("reason", request.reason());
        body.put("snapshotId", outcome.snapshotId());
        body.put("gate", outcome.gate());
        return body;
    }
}
