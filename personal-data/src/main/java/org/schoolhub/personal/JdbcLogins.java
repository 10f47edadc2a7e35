package org.schoolhub.personal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcLogins implements Logins {

    private final JdbcTemplate jdbc;

    JdbcLogins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String LOGINS = "select family_id, guardian_id, email_key, password_hash from guardian";

    @Override
    public Optional<FamilyLogin> byLogin(String login) {
        return jdbc.query(LOGINS + " where email_key = ?", (rs, row) -> login(rs),
                JdbcPersonalDataVault.emailKey(login)).stream().findFirst();
    }

    @Override
    public Optional<FamilyLogin> byGuardian(UUID guardianId) {
        return jdbc.query(LOGINS + " where guardian_id = ?", (rs, row) -> login(rs), guardianId).stream().findFirst();
    }

    private static FamilyLogin login(ResultSet rs) throws SQLException {
        return new FamilyLogin(rs.getObject("family_id", UUID.class), rs.getObject("guardian_id", UUID.class),
                rs.getString("email_key"), rs.getString("password_hash"));
    }
}
