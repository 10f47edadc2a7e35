package org.schoolhub.service.seed;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Seeding demo history: {@code --schoolhub.seed.months=6} (and optionally
 * {@code --schoolhub.seed.families=40}, {@code --schoolhub.seed.exit=true}). Only then does the
 * seed clock replace the normal clock; a normal run never sees it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("schoolhub.seed.months")
class SeedConfig {

    /** Primary: the aggregates' handlers and every bean that asks for a Clock get this one. */
    @Bean
    @Primary
    SeedClock seedClock() {
        return new SeedClock();
    }
}
