package org.schoolhub.query.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.support.web.Caller;
import org.schoolhub.personal.FamilyRecords;
import org.schoolhub.personal.FamilyRecords.FamilyRecord;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Families as clients read them: the roster (a projection) joined with the personal-data vault.
 * An erased family keeps its row with its personal fields empty.
 */
@RestController
@RequestMapping("/api/families")
@Tag(name = "Families")
class FamilyQueryController {

    private final JdbcTemplate jdbc;
    private final FamilyRecords records;

    FamilyQueryController(JdbcTemplate jdbc, FamilyRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "All families (COORDINATOR)")
    List<Map<String, Object>> all(Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        Map<UUID, FamilyRecord> personal = records.all();
        return jdbc.query("select family_id, status, enrolled_at from family_roster order by enrolled_at, family_id",
                (rs, row) -> family(rs, personal.get(rs.getObject("family_id", UUID.class))));
    }

    @GetMapping("/{familyId}")
    @Operation(summary = "One family (that family or COORDINATOR)")
    Map<String, Object> one(@PathVariable UUID familyId, Caller caller) {
        caller.requireActingFor(familyId);
        FamilyRecord personal = records.of(familyId).orElse(null);
        return jdbc.query("select family_id, status, enrolled_at from family_roster where family_id = ?",
                        (rs, row) -> family(rs, personal), familyId)
                .stream().findFirst()
                .orElseThrow(() -> new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId));
    }

    /** An erased family has no personal record: its name, e-mail and children read empty. */
    private static Map<String, Object> family(ResultSet rs, FamilyRecord personal) throws SQLException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("familyId", rs.getObject("family_id", UUID.class));
        view.put("name", personal == null ? null : personal.name());
        view.put("email", personal == null ? null : personal.email());
        view.put("status", rs.getString("status"));
        view.put("enrolledAt", Timestamps.instant(rs.getTimestamp("enrolled_at")));
        view.put("children", personal == null ? List.of() : personal.children().stream().map(FamilyQueryController::child).toList());
        return view;
    }

    private static Map<String, Object> child(FamilyRecords.Child child) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("childId", child.childId());
        view.put("firstName", child.firstName());
        view.put("birthYear", child.birthYear());
        view.put("className", child.className());
        return view;
    }
}
