package org.schoolhub.query.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.schoolhub.shared.values.Refusals;
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
    List<FamilyView> all(Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        Map<UUID, FamilyRecord> personal = records.all();
        return jdbc.query("select family_id, status, enrolled_at from family_roster order by enrolled_at, family_id",
                (rs, row) -> family(rs, personal.get(rs.getObject("family_id", UUID.class))));
    }

    @GetMapping("/{familyId}")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND})
    @Operation(summary = "One family (that family or COORDINATOR)")
    FamilyView one(@PathVariable UUID familyId, Caller caller) {
        caller.requireActingFor(familyId);
        FamilyRecord personal = records.of(familyId).orElse(null);
        return jdbc.query("select family_id, status, enrolled_at from family_roster where family_id = ?",
                        (rs, row) -> family(rs, personal), familyId)
                .stream().findFirst()
                .orElseThrow(() -> new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId));
    }

    /** An erased family has no personal record: its name, e-mail and children read empty. */
    private static FamilyView family(ResultSet rs, FamilyRecord personal) throws SQLException {
        List<FamilyView.Child> children = personal == null ? List.of()
                : personal.children().stream().map(FamilyQueryController::child).toList();
        List<FamilyView.Guardian> guardians = personal == null ? List.of()
                : personal.guardians().stream().map(FamilyQueryController::guardian).toList();
        return new FamilyView(rs.getObject("family_id", UUID.class), personal == null ? null : personal.name(),
                personal == null ? null : personal.email(), rs.getString("status"),
                Timestamps.instant(rs.getTimestamp("enrolled_at")), guardians, children);
    }

    private static FamilyView.Guardian guardian(FamilyRecords.Guardian guardian) {
        return new FamilyView.Guardian(guardian.guardianId(), guardian.name(), guardian.email(), guardian.passwordSet());
    }

    private static FamilyView.Child child(FamilyRecords.Child child) {
        return new FamilyView.Child(child.childId(), child.firstName(), child.birthYear(), child.className());
    }
}
