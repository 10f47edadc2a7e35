package org.schoolhub.service.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The built-in user {@code admin} (COORDINATOR and OPERATOR). Its password comes from
 * SCHOOLHUB_BOOTSTRAP_ADMIN_PASSWORD when set (and is reset to it at every start); otherwise one
 * is generated on the very first start and printed once, never again.
 */
@Component
@DependsOn("flywayInitializer")
class BootstrapAdmin implements InitializingBean {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    BootstrapAdmin(JdbcTemplate jdbc, PasswordEncoder encoder, SchoolhubProperties properties) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.configuredPassword = properties.bootstrapAdminPassword();
    }

    @Override
    public void afterPropertiesSet() {
        boolean exists = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class,
                USERNAME) > 0;
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            String hash = encoder.encode(configuredPassword);
            jdbc.update("""
                    insert into app_user (user_id, username, password_hash, roles) values (?, ?, ?, 'COORDINATOR,OPERATOR')
                    on conflict (username) do update set password_hash = excluded.password_hash""",
                    UUID.randomUUID(), USERNAME, hash);
        } else if (!exists) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            jdbc.update("insert into app_user (user_id, username, password_hash, roles) values (?, ?, ?, 'COORDINATOR,OPERATOR')",
                    UUID.randomUUID(), USERNAME, encoder.encode(generated));
            log.warn("\n\n  Generated password for the user '{}': {}\n  It is shown this once; set "
                    + "SCHOOLHUB_BOOTSTRAP_ADMIN_PASSWORD to choose your own.\n", USERNAME, generated);
        }
    }
}
