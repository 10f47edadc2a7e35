package org.schoolhub.operations.migration;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stage migrations (API.md, Stage migrations), for coordinators; on nodes that run both sides. */
@RestController
@RequestMapping("/api/community/migrations")
@Tag(name = "Stage migrations")
class MigrationController {

    private final MigrationDesk desk;
    private final MigrationExecution execution;

    MigrationController(MigrationDesk desk, MigrationExecution execution) {
        this.desk = desk;
        this.execution = execution;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Refusals({ErrorCode.CONFLICT, ErrorCode.MIGRATION_IN_PROGRESS})
    @Operation(summary = "Plan the step to the next stage; one open migration at a time (COORDINATOR)")
    Planned plan(@Valid @RequestBody MigrationRequests.Plan request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return new Planned(desk.plan(request, caller));
    }

    @GetMapping
    @Operation(summary = "Every stage migration, newest first, with checklist and stop signals (COORDINATOR)")
    List<MigrationView> list(Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return desk.list();
    }

    @GetMapping("/{migrationId}")
    @Refusals({ErrorCode.NOT_FOUND})
    @Operation(summary = "One stage migration with its checklist, stop signals, announcement and watch (COORDINATOR)")
    MigrationView get(@PathVariable UUID migrationId, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return desk.view(migrationId);
    }

    @PostMapping("/{migrationId}/checklist/{item}")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.CONFLICT})
    @Operation(summary = "Tick a manual checklist item; an automatic one is refused (COORDINATOR)")
    ChecklistItem tick(@PathVariable UUID migrationId, @PathVariable String item,
                       @Valid @RequestBody MigrationRequests.Tick request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return desk.tick(migrationId, item, request, caller);
    }

    @PostMapping("/{migrationId}/rehearsals")
    @ResponseStatus(HttpStatus.CREATED)
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.CONFLICT})
    @Operation(summary = "Record a rehearsal of the migration (COORDINATOR)")
    RehearsalRecorded rehearse(@PathVariable UUID migrationId, @Valid @RequestBody MigrationRequests.Rehearsal request,
                               Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        desk.rehearse(migrationId, request, caller);
        return new RehearsalRecorded(migrationId, request.environment().strip(), request.succeeded());
    }

    @PostMapping("/{migrationId}/announcement")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.CONFLICT})
    @Operation(summary = "Publish the announcement to families in fr, nl and en (COORDINATOR)")
    MigrationView.AnnouncementView announce(@PathVariable UUID migrationId, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return desk.announce(migrationId, caller);
    }

    @PostMapping("/{migrationId}/execution")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.CONFLICT, ErrorCode.CHECKLIST_INCOMPLETE, ErrorCode.STOP_SIGNAL,
            ErrorCode.GATE_NOT_MET})
    @Operation(summary = "Carry the migration out behind a snapshot and start its 48-hour watch; refused while the"
            + " checklist is open or a stop signal is active, unless overridden with a reason (COORDINATOR)")
    MigrationExecution.Executed execute(@PathVariable UUID migrationId,
                                        @Valid @RequestBody MigrationRequests.Execution request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        if (request.overriding() && (request.reason() == null || request.reason().isBlank())) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "reason", "is required to override");
        }
        return execution.execute(migrationId, request.overriding(), request.reason(), caller);
    }

    @PostMapping("/{migrationId}/rollback")
    @Refusals({ErrorCode.NOT_FOUND, ErrorCode.CONFLICT, ErrorCode.ROLLBACK_NOT_POSSIBLE})
    @Operation(summary = "During the watch: roll back to the pre-migration snapshot by compensating events and"
            + " return to the previous stage (COORDINATOR)")
    MigrationExecution.RolledBack rollBack(@PathVariable UUID migrationId,
                                           @Valid @RequestBody MigrationRequests.Rollback request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        return execution.rollBack(migrationId, request.reason().strip(), caller);
    }

    /** The answer of planning. */
    record Planned(UUID migrationId) {
    }

    /** The answer of a rehearsal recorded. */
    record RehearsalRecorded(UUID migrationId, String environment, boolean succeeded) {
    }
}
