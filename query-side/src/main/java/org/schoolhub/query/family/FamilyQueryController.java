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
import org.schoolhub.query.support.Timestamps;
import org.schoolhub.shared.values.Caller;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.shared.values.Role;
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

    private static final String FAMILIES = """
            select r.family_id, r.status, r.enrolled_at, p.name, p.email
              from family_roster r left join family_personal_data p on p.family_id = r.family_id""";
    private static final String CHILDREN = """
            select child_id, family_id, first_name, birth_year, class_name from child_personal_data""";

    private final JdbcTemplate jdbc;

    FamilyQueryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @Operation(summary = "All families (COORDINATOR)")
    List<FamilyView> all(Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        Map<UUID, List<FamilyView.Child>> children = new HashMap<>();
        jdbc.query(CHILDREN + " order by first_name", rs -> {
            children.computeIfAbsent(rs.getObject("family_id", UUID.class), id -> new ArrayList<>()).add(child(rs));
        });
        return jdbc.query(FAMILIES + " order by r.enrolled_at, r.family_id", (rs, row) -> family(rs,
                children.getOrDefault(rs.getObject("family_id", UUID.class), List.of())));
    }

    @GetMapping("/{familyId}")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND})
    @Operation(summary = "One family (that family or COORDINATOR)")
    FamilyView one(@PathVariable UUID familyId, Caller caller) {
        caller.requireActingFor(familyId);
        List<FamilyView.Child> children = jdbc.query(CHILDREN + " where family_id = ? order by first_name",
                (rs, row) -> child(rs), familyId);
        return jdbc.query(FAMILIES + " where r.family_id = ?", (rs, row) -> family(rs, children), familyId)
                .stream().findFirst()
                .orElseThrow(() -> new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId));
    }

    private static FamilyView family(ResultSet rs, List<FamilyView.Child> children) throws SQLException {
        return new FamilyView(rs.getObject("family_id", UUID.class), rs.getString("name"), rs.getString("email"),
                rs.getString("status"), Timestamps.instant(rs.getTimestamp("enrolled_at")), children);
    }

    private static FamilyView.Child child(ResultSet rs) throws SQLException {
        return new FamilyView.Child(rs.getObject("child_id", UUID.class), rs.getString("first_name"),
                rs.getInt("birth_year"), rs.getString("class_name"));
    }
}
