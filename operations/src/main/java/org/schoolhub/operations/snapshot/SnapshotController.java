package org.schoolhub.operations.snapshot;

import org.schoolhub.operations.events.CanonicalState;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rollback snapshots (API.md, Operators): take one now, list them, read one back. */
@RestController
@RequestMapping("/api/admin/snapshots")
@Tag(name = "Operators")
class SnapshotController {

    private final JdbcRollbackSnapshots snapshots;
    private final JsonMapper json;

    SnapshotController(JdbcRollbackSnapshots snapshots, JsonMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Taken; Location names the snapshot", useReturnTypeSchema = true)
    @Operation(summary = "Take a rollback snapshot at the newest event position (OPERATOR)")
    ResponseEntity<SnapshotView.Full> take(@Valid @RequestBody(required = false) SnapshotRequest request,
                                           Caller caller) {
        caller.requireRole(Role.OPERATOR);
        String label = request == null || request.label() == null || request.label().isBlank()
                ? "on demand" : request.label().strip();
        Snapshot snapshot = snapshots.snapshot(label);
        return ResponseEntity.created(URI.create("/api/admin/snapshots/" + snapshot.snapshotId()))
                .body(full(snapshot));
    }

    @GetMapping
    @Operation(summary = "The snapshots, newest first, without their content (OPERATOR)")
    List<SnapshotView.Summary> list(@RequestParam(defaultValue = "100") int limit, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        if (limit < 1 || limit > 1000) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "limit", "must be between 1 and 1000");
        }
        return snapshots.list(limit).stream().map(SnapshotView.Summary::of).toList();
    }

    @GetMapping("/{snapshotId}")
    @Refusals({ErrorCode.SNAPSHOT_NOT_FOUND})
    @Operation(summary = "One snapshot with its balances, roster and open group orders (OPERATOR)")
    SnapshotView.Full get(@PathVariable UUID snapshotId, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return full(snapshots.find(snapshotId)
                .orElseThrow(() -> new RejectedException(ErrorCode.SNAPSHOT_NOT_FOUND, snapshotId)));
    }

    private SnapshotView.Full full(Snapshot snapshot) {
        JsonNode state = json.readTree(snapshot.state());
        Map<UUID, Long> balances = new LinkedHashMap<>();
        state.get("accounts").forEach(a -> balances.put(UUID.fromString(a.get("familyId").asString()),
                a.get("balance").asLong()));
        return new SnapshotView.Full(snapshot.snapshotId(), snapshot.label(), snapshot.position(), snapshot.takenAt(),
                snapshot.checksum(), snapshot.databaseId(),
                CanonicalState.sha256(snapshot.state()).equals(snapshot.checksum()),
                CanonicalState.sha256(CanonicalState.balancesOf(balances)),
                state.get("accounts"), state.get("families"), state.get("openGroupOrders"));
    }

    /** The body of POST /api/admin/snapshots; the label is optional. */
    record SnapshotRequest(@Size(max = 200) String label) {
    }
}
