package org.schoolhub.service.config;

import java.util.Map;
import java.util.UUID;

import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.schoolhub.shared.values.Community;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;

/** The community this database serves; its ids were drawn when the schema was first created. */
@Configuration(proxyBeanMethods = false)
class CommunityConfig {

    @Bean
    @DependsOn("flywayInitializer")
    Community community(JdbcTemplate jdbc, SchoolhubProperties properties) {
        Map<String, Object> row = jdbc.queryForMap("select database_id, community_id from installation");
        return new Community((UUID) row.get("community_id"), (UUID) row.get("database_id"),
                properties.timeZone());
    }
}
