package org.schoolhub.personal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.schoolhub.shared.values.ChildDetails;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.ImportedFamily;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcPersonalDataVault implements PersonalDataVault {

    private static final String INSERT_FAMILY = """
            insert into family_personal_data (family_id, community_id, name, email) values (?, ?, ?, ?)""";
    // "on conflict do nothing" reports a taken e-mail as 0 rows instead of an error that
    // would abort the whole group-commit transaction.
    private static final String INSERT_GUARDIAN = """
            insert into guardian (guardian_id, family_id, name, email, email_key, password_hash)
            values (?, ?, ?, ?, ?, ?) on conflict do nothing""";
    private static final String INSERT_CHILD = """
            insert into child_personal_data (child_id, family_id, first_name, birth_year, class_name)
            values (?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final JdbcTransferMemos memos;
    private final JdbcFeedbackComments comments;

    JdbcPersonalDataVault(JdbcTemplate jdbc, JdbcTransferMemos memos, JdbcFeedbackComments comments) {
        this.jdbc = jdbc;
        this.memos = memos;
        this.comments = comments;
    }

    @Override
    public void enrol(UUID familyId, UUID communityId, UUID guardianId, String name, String email, String passwordHash,
                      List<ChildDetails> children) {
        jdbc.update(INSERT_FAMILY, familyId, communityId, name, email);
        if (!insertGuardian(familyId, guardianId, name, email, passwordHash)) {
            jdbc.update("delete from family_personal_data where family_id = ?", familyId);
            throw new RejectedException(ErrorCode.DUPLICATE_EMAIL);
        }
        children.forEach(child -> addChild(familyId, child));
    }

    @Override
    public void addGuardian(UUID familyId, UUID guardianId, String name, String email, String passwordHash) {
        if (!insertGuardian(familyId, guardianId, name, email, passwordHash)) {
            throw new RejectedException(ErrorCode.DUPLICATE_EMAIL);
        }
    }

    /** Staff log in by user name first: an e-mail that is a staff login's is taken too. */
    private boolean insertGuardian(UUID familyId, UUID guardianId, String name, String email, String passwordHash) {
        String key = emailKey(email);
        Integer staff = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, key);
        if (staff != null && staff > 0) {
            return false;
        }
        return jdbc.update(INSERT_GUARDIAN, guardianId, familyId, name, email, key, passwordHash) == 1;
    }

    @Override
    public void removeGuardian(UUID familyId, UUID guardianId) {
        // the family's row is locked so that two removals at once cannot both leave it without a guardian
        List<UUID> guardians = jdbc.queryForList("""
                select g.guardian_id from family_personal_data f join guardian g on g.family_id = f.family_id
                 where f.family_id = ? for update of f""", UUID.class, familyId);
        if (!guardians.contains(guardianId)) {
            throw new RejectedException(ErrorCode.NOT_FOUND);
        }
        if (guardians.size() == 1) {
            throw new RejectedException(ErrorCode.LAST_GUARDIAN);
        }
        jdbc.update("delete from guardian where guardian_id = ?", guardianId);
    }

    @Override
    public void changePassword(UUID guardianId, String passwordHash) {
        if (jdbc.update("update guardian set password_hash = ? where guardian_id = ?", passwordHash, guardianId) != 1) {
            throw new RejectedException(ErrorCode.NOT_FOUND);
        }
    }

    @Override
    public void setListed(UUID familyId, boolean listed) {
        if (jdbc.update("update family_personal_data set listed = ? where family_id = ?", listed, familyId) != 1) {
            throw new RejectedException(ErrorCode.FAMILY_NOT_FOUND, familyId);
        }
    }

    @Override
    public void importFamilies(UUID communityId, List<ImportedFamily> families) {
        new ImportedPersonalData(jdbc).families(communityId, families);
    }

    @Override
    public void addChild(UUID familyId, ChildDetails child) {
        jdbc.update(INSERT_CHILD, child.childId(), familyId, child.firstName(), child.birthYear(), child.className());
    }

    @Override
    public void removeChild(UUID childId) {
        jdbc.update("delete from child_personal_data where child_id = ?", childId);
    }

    @Override
    public void erase(UUID familyId) {
        jdbc.update("delete from family_personal_data where family_id = ?", familyId);
        memos.eraseFor(familyId);
        comments.eraseFor(familyId);
    }

    static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
