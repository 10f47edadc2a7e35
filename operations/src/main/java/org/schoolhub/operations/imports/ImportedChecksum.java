package org.schoolhub.operations.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checksum of what an import left in the ledger's tables, read back row by row through the
 * import's id map, in the canonical form the source's checksum uses.
 */
final class ImportedChecksum {

    private ImportedChecksum() {
    }

    static String of(JdbcTemplate jdbc, UUID importId) {
        List<String> lines = new ArrayList<>();
        jdbc.query("""
                select r.source_id, f.name, f.address from stage0_import_row r
                  join family_personal_data f on f.family_id = r.ledger_id
                 where r.import_id = ? and r.source_table = 'families'""",
                rs -> {
                    lines.add(Canonical.family(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }, importId);
        jdbc.query("""
                select r.source_id, f.source_id, g.name, g.email, g.password_hash, g.phone, g.preferred_language
                  from stage0_import_row r join guardian g on g.guardian_id = r.ledger_id
                  join stage0_import_row f on f.import_id = r.import_id and f.source_table = 'families'
                   and f.ledger_id = g.family_id
                 where r.import_id = ? and r.source_table = 'users'""",
                rs -> {
                    lines.add(Canonical.guardian(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }, importId);
        jdbc.query("""
                select r.source_id, s.name, s.email, a.password_hash, s.phone, s.preferred_language
                  from stage0_import_row r join app_user a on a.user_id = r.ledger_id
                  join staff_personal_data s on s.user_id = a.user_id
                 where r.import_id = ? and r.source_table = 'users'""",
                rs -> {
                    lines.add(Canonical.staff(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }, importId);
        jdbc.query("""
                select r.source_id, f.source_id, c.first_name, c.last_name, c.birth_year, c.class_name, c.allergies
                  from stage0_import_row r join child_personal_data c on c.child_id = r.ledger_id
                  join stage0_import_row f on f.import_id = r.import_id and f.source_table = 'families'
                   and f.ledger_id = c.family_id
                 where r.import_id = ? and r.source_table = 'children'""",
                rs -> {
                    lines.add(Canonical.child(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7)));
                }, importId);
        Collections.sort(lines);
        return Canonical.checksum(lines);
    }
}
