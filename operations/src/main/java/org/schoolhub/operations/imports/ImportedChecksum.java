package org.schoolhub.operations.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checksum of what an import left in the ledger's tables, read back row by row through the
 * import's id map, in the canonical form the source's checksum uses. The id map is read once and
 * each table looked up by its primary key, so the cost grows with the import, whatever plans the
 * server would make for joins on tables it has not analysed yet.
 */
final class ImportedChecksum {

    private ImportedChecksum() {
    }

    static String of(JdbcTemplate jdbc, UUID importId) {
        Map<String, Map<UUID, Long>> sources = new HashMap<>();
        jdbc.query("select source_table, source_id, ledger_id from stage0_import_row where import_id = ?", rs -> {
            sources.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(rs.getObject(3, UUID.class), rs.getLong(2));
        }, importId);
        Map<UUID, Long> families = sources.getOrDefault(ImportPlan.FAMILIES, Map.of());
        Map<UUID, Long> users = sources.getOrDefault(ImportPlan.USERS, Map.of());
        Map<UUID, Long> children = sources.getOrDefault(ImportPlan.CHILDREN, Map.of());
        List<String> lines = new ArrayList<>();
        jdbc.query("select family_id, name, address from family_personal_data where family_id = any(?)", rs -> {
            lines.add(Canonical.family(families.get(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3)));
        }, (Object) ids(families));
        jdbc.query("""
                select guardian_id, family_id, name, email, password_hash, phone, preferred_language
                  from guardian where guardian_id = any(?)""", rs -> {
            lines.add(Canonical.guardian(users.get(rs.getObject(1, UUID.class)), source(families, rs.getObject(2, UUID.class)),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
        }, (Object) ids(users));
        jdbc.query("""
                select a.user_id, s.name, s.email, a.password_hash, s.phone, s.preferred_language
                  from app_user a join staff_personal_data s on s.user_id = a.user_id where a.user_id = any(?)""", rs -> {
            lines.add(Canonical.staff(users.get(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6)));
        }, (Object) ids(users));
        jdbc.query("""
                select child_id, family_id, first_name, last_name, birth_year, class_name, allergies
                  from child_personal_data where child_id = any(?)""", rs -> {
            lines.add(Canonical.child(children.get(rs.getObject(1, UUID.class)), source(families, rs.getObject(2, UUID.class)),
                    rs.getString(3), rs.getString(4), rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7)));
        }, (Object) ids(children));
        Collections.sort(lines);
        return Canonical.checksum(lines);
    }

    /** A row attached to a family this import did not create would not be its own: it cannot match. */
    private static long source(Map<UUID, Long> families, UUID familyId) {
        Long source = families.get(familyId);
        return source == null ? -1 : source;
    }

    private static UUID[] ids(Map<UUID, Long> rows) {
        return rows.keySet().toArray(UUID[]::new);
    }
}
