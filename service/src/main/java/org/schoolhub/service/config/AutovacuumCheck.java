package org.schoolhub.service.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Warns when the PostgreSQL server runs without autovacuum. Its tables are then never analysed:
 * the planner keeps estimating them at the size they had when first planned, and a statement
 * planned on an empty table may scan the whole table for ever after (docs/deployment.md).
 */
@Component
class AutovacuumCheck {

    private static final Logger log = LoggerFactory.getLogger(AutovacuumCheck.class);

    private final JdbcTemplate jdbc;

    AutovacuumCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWithoutAutovacuum() {
        try {
            if (!"on".equals(jdbc.queryForObject("show autovacuum", String.class))) {
                log.warn("PostgreSQL runs with autovacuum off: tables are never analysed and queries may keep plans "
                        + "made when the tables were empty. Turn it on, or run ANALYZE regularly (docs/deployment.md).");
            }
        } catch (RuntimeException e) {
            log.debug("Could not read the autovacuum setting", e);
        }
    }
}
