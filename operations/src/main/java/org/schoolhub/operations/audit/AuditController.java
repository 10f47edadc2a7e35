package org.schoolhub.operations.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.MetadataKeys;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Verify and the raw event log for audit (API.md, Operators). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Operators")
class AuditController {

    private static final int MAX_LIMIT = 1000;

    private final ConsistencyCheck check;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditController(ConsistencyCheck check, JdbcTemplate jdbc, JsonMapper json) {
        this.check = check;
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute every balance from the raw events and compare with the projections (OPERATOR)")
    VerifyResult verify(Caller caller) throws InterruptedException {
        caller.requireRole(Role.OPERATOR);
        return check.verify();
    }

    @GetMapping("/events")
    @Operation(summary = "The raw event log after a position, oldest first, with the acting user (OPERATOR)")
    List<EventView> events(@RequestParam(defaultValue = "0") long after,
                           @RequestParam(defaultValue = "100") int limit, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        if (after < 0) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "after", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "limit", "must be between 1 and " + MAX_LIMIT);
        }
        return jdbc.query("""
                select global_index, payload_type, aggregate_identifier, type, sequence_number, time_stamp,
                       event_identifier, payload, meta_data
                  from domain_event_entry where global_index > ? order by global_index limit ?""", (rs, row) -> {
            String payloadType = rs.getString("payload_type");
            JsonNode metaData = tree(rs.getBytes("meta_data"));
            return new EventView(rs.getLong("global_index"), payloadType.substring(payloadType.lastIndexOf('.') + 1),
                    rs.getString("aggregate_identifier"), rs.getString("time_stamp"),
                    metaData != null && metaData.hasNonNull(MetadataKeys.ACTOR)
                            ? metaData.get(MetadataKeys.ACTOR).asString() : null,
                    tree(rs.getBytes("payload")), rs.getString("type"), rs.getLong("sequence_number"),
                    rs.getString("event_identifier"), metaData);
        }, after, limit);
    }

    private JsonNode tree(byte[] bytes) {
        return bytes == null ? null : json.readTree(bytes);
    }
}
