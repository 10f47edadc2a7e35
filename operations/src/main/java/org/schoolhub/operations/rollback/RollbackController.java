package org.schoolhub.operations.rollback;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rollback to a snapshot (API.md, Operators); a dry run unless dryRun is false. */
@RestController
@RequestMapping("/api/admin/rollback")
@Tag(name = "Operators")
class RollbackController {

    private final SnapshotRollback rollback;

    RollbackController(SnapshotRollback rollback) {
        this.rollback = rollback;
    }

    @PostMapping
    @Refusals({ErrorCode.SNAPSHOT_NOT_FOUND, ErrorCode.SNAPSHOT_OTHER_DATABASE, ErrorCode.ROLLBACK_NOT_POSSIBLE})
    @Operation(summary = "Plan (dryRun, the default) or carry out a rollback by compensating events (OPERATOR)")
    RollbackAnswer rollback(@Valid @RequestBody RollbackRequest request, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        boolean dryRun = request.dryRun() == null || request.dryRun();
        return rollback.rollback(request.snapshotId(), dryRun, request.reason(), caller);
    }

    /** The body of POST /api/admin/rollback; without dryRun it is a dry run, to be safe. */
    record RollbackRequest(@NotNull UUID snapshotId, Boolean dryRun, @Size(max = 200) String reason) {
    }
}
