package org.schoolhub.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.schoolhub.shared.values.ImportedFamily;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what a Stage-0 import brings, in batches: families, their guardians and children, and
 * staff logins. Used by the vault in the import's own transaction, and by the import's rehearsal
 * on a throwaway schema, which is why it takes any JdbcTemplate. The importer has already
 * refused e-mail addresses in use, so a conflict here is an error, not a refusal.
 */
public final class ImportedPersonalData {

    /** A staff login from Stage 0: a coordinator; {@code passwordHash} null until a reset. */
    public record Staff(UUID userId, String name, String email, String passwordHash, String phone, String language) {

        @Override
        public String toString() {
            return "Staff[" + userId + "]";
        }
    }

    private final JdbcTemplate jdbc;

    public ImportedPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void families(UUID communityId, List<ImportedFamily> families) {
        List<Object[]> familyRows = new ArrayList<>();
        List<Object[]> guardianRows = new ArrayList<>();
        List<Object[]> childRows = new ArrayList<>();
        for (ImportedFamily family : families) {
            familyRows.add(new Object[]{family.familyId(), communityId, family.name(), family.email(), family.address()});
            for (ImportedFamily.Guardian g : family.guardians()) {
                guardianRows.add(new Object[]{g.guardianId(), family.familyId(), g.name(), g.email(),
                        JdbcPersonalDataVault.emailKey(g.email()), g.passwordHash(), g.phone(), g.language()});
            }
            for (ImportedFamily.Child c : family.children()) {
                childRows.add(new Object[]{c.childId(), family.familyId(), c.firstName(), c.lastName(), c.birthYear(),
                        c.className(), c.allergies()});
            }
        }
        jdbc.batchUpdate("""
                insert into family_personal_data (family_id, community_id, name, email, address)
                values (?, ?, ?, ?, ?)""", familyRows);
        jdbc.batchUpdate("""
                insert into guardian (guardian_id, family_id, name, email, email_key, password_hash, phone, preferred_language)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", guardianRows);
        jdbc.batchUpdate("""
                insert into child_personal_data (child_id, family_id, first_name, last_name, birth_year, class_name, allergies)
                values (?, ?, ?, ?, ?, ?, ?)""", childRows);
    }

    public void staff(List<Staff> staff) {
        jdbc.batchUpdate("insert into app_user (user_id, username, password_hash, roles) values (?, ?, ?, 'COORDINATOR')",
                staff.stream().map(s -> new Object[]{s.userId(), JdbcPersonalDataVault.emailKey(s.email()),
                        s.passwordHash()}).toList());
        jdbc.batchUpdate("""
                insert into staff_personal_data (user_id, name, email, phone, preferred_language) values (?, ?, ?, ?, ?)""",
                staff.stream().map(s -> new Object[]{s.userId(), s.name(), s.email(), s.phone(), s.language()}).toList());
    }

    /** Deletes staff logins an import created (its rollback): they have no events to compensate. */
    public void removeStaff(List<UUID> userIds) {
        jdbc.batchUpdate("delete from app_user where user_id = ?", userIds.stream().map(id -> new Object[]{id}).toList());
    }

    /** Which of these e-mail keys (lower-cased) any login, family or staff, already uses. */
    public List<String> emailsInUse(List<String> emailKeys) {
        String[] keys = emailKeys.toArray(String[]::new);
        List<String> used = new ArrayList<>(jdbc.queryForList("select email_key from guardian where email_key = any(?)",
                String.class, (Object) keys));
        used.addAll(jdbc.queryForList("select username from app_user where username = any(?)", String.class, (Object) keys));
        return used;
    }

    public static String emailKey(String email) {
        return JdbcPersonalDataVault.emailKey(email);
    }
}
