package org.schoolhub.operations.snapshot;

import org.schoolhub.operations.events.CanonicalState;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
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
    @Operation(summary = "Take a rollback snapshot at the newest event position (OPERATOR)")
    ResponseEntity<Map<String, Object>> take(@Valid @RequestBody(required = false) SnapshotRequest request,
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
    List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        if (limit < 1 || limit > 1000) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "limit", "must be between 1 and 1000");
        }
        return snapshots.list(limit).stream().map(this::summary).toList();
    }

    @GetMapping("/{snapshotId}")
    @Operation(summary = "One snapshot with its balances, roster and open group orders (OPERATOR)")
    Map<String, Object> get(@PathVariable UUID snapshotId, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        return full(snapshots.find(snapshotId)
                .orElseThrow(() -> new RejectedException(ErrorCode.SNAPSHOT_NOT_FOUND, snapshotId)));
    }

    private Map<String, Object> summary(Snapshot snapshot) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("snapshotId", snapshot.snapshotId());
        view.put("label", snapshot.label());
        view.put("position", snapshot.position());
        view.put("takenAt", snapshot.takenAt());
        view.put("checksum", snapshot.checksum());
        view.put("databaseId", snapshot.databaseId());
        return view;
    }

    private Map<String, Object> full(Snapshot snapshot) {
        Map<String, Object> view = summary(snapshot);
        JsonNode state = json.readTree(snapshot.state());
        Map<UUID, Long> balances = new LinkedHashMap<>();
        state.get("accounts").forEach(a -> balances.put(UUID.fromString(a.get("familyId").asString()),
                a.get("balance").asLong()));
        view.put("checksumValid", CanonicalState.sha256(snapshot.state()).equals(snapshot.checksum()));
        view.put("balancesChecksum", CanonicalState.sha256(CanonicalState.balancesOf(balances)));
        view.put("accounts", state.get("accounts"));
        view.put("families", state.get("families"));
        view.put("openGroupOrders", state.get("openGroupOrders"));
        return view;
    }

    /** The body of POST /api/admin/snapshots; the label is optional. */
    record SnapshotRequest(@Size(max = 200) String label) {
    }
}
