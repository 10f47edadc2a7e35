package org.schoolhub.service.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.schoolhub.support.web.Role;
import org.schoolhub.personal.Logins;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds a login: staff by user name, guardians by their own e-mail (case-insensitive). */
@Component
class AccountDirectory {

    private final JdbcTemplate jdbc;
    private final Logins logins;

    AccountDirectory(JdbcTemplate jdbc, Logins logins) {
        this.jdbc = jdbc;
        this.logins = logins;
    }

    Optional<LoginAccount> find(String login) {
        String key = login.trim().toLowerCase(Locale.ROOT);
        Optional<LoginAccount> staff = jdbc.query(
                "select user_id, username, password_hash, roles from app_user where username = ?",
                (rs, row) -> new LoginAccount(rs.getObject("user_id", UUID.class), rs.getString("username"), null,
                        rs.getString("password_hash"), roles(rs.getString("roles"))), key).stream().findFirst();
        if (staff.isPresent()) {
            return staff;
        }
        return logins.byLogin(key).map(guardian -> new LoginAccount(guardian.guardianId(), guardian.login(),
                guardian.familyId(), guardian.passwordHash(), Set.of(Role.MEMBER)));
    }

    private static Set<Role> roles(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Role::valueOf).collect(Collectors.toSet());
    }
}
