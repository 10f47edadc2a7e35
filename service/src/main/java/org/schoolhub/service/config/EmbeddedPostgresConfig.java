package org.schoolhub.service.config;

import com.zaxxer.hikari.HikariDataSource;
import org.schoolhub.service.config.properties.SchoolhubProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the service starts its own PostgreSQL (a real server
 * shipped in a jar) with its data under {@code schoolhub.data-dir}, kept across restarts, and
 * starts it again should it die. {@link EmbeddedPostgresEarlyStart} starts it; this configuration
 * waits for it and pools it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfig {

    /**
     * Started in the background since the context began (see EmbeddedPostgresEarlyStart); joined
     * here, once the settings it was started with passed their checks.
     */
    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(EmbeddedPostgresEarlyStart.Launch launch, SchoolhubProperties checkedSettings) {
        return launch.await();
    }

    @Bean
    EmbeddedServerSupervisor embeddedServerSupervisor(EmbeddedServer server, ApplicationEventPublisher events) {
        return new EmbeddedServerSupervisor(server, events);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.user());
        dataSource.setPassword(server.password());
        return dataSource;
    }
}
