package org.schoolhub.operations.replay;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Projection replays (API.md, Operators): start one, follow its progress. */
@RestController
@RequestMapping("/api/admin/replays")
@Tag(name = "Operators")
class ReplayController {

    private final ProjectionReplays replays;

    ReplayController(ProjectionReplays replays) {
        this.replays = replays;
    }

    @PostMapping
    @Refusals({ErrorCode.REPLAY_IN_PROGRESS})
    @ApiResponse(responseCode = "202", description = "Started; Location names the replay to follow", useReturnTypeSchema = true)
    @Operation(summary = "Rebuild one projection, or all, from the event store; 202 with the replay id (OPERATOR)")
    ResponseEntity<ReplayStarted> start(@Valid @RequestBody ReplayRequest request, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        Replay replay = replays.start(request.projection());
        return ResponseEntity.accepted().location(URI.create("/api/admin/replays/" + replay.replayId()))
                .body(new ReplayStarted(replay.replayId(), replay.projections()));
    }

    @GetMapping
    @Operation(summary = "The projections that can be replayed (OPERATOR)")
    Replayable projections(Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return new Replayable(replays.projections());
    }

    @GetMapping("/{replayId}")
    @Refusals({ErrorCode.NOT_FOUND})
    @Operation(summary = "A replay's status and progress: processed of total events (OPERATOR)")
    ReplayView status(@PathVariable UUID replayId, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return replays.find(replayId).orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND)).view();
    }

    /** The answer of POST /api/admin/replays: the replay to follow and the projections it rebuilds. */
    record ReplayStarted(UUID replayId, List<String> projections) {
    }

    /** The answer of GET /api/admin/replays. */
    record Replayable(List<String> projections) {
    }

    /** The body of POST /api/admin/replays: a projection (processing group) name, or "all". */
    record ReplayRequest(@NotBlank String projection) {
    }
}
