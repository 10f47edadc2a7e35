package org.schoolhub.service.config;

import org.schoolhub.shared.values.SelLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SEL limits, read once for both sides (SCHOOLHUB_SEL_LOWER_LIMIT, SCHOOLHUB_SEL_UPPER_LIMIT). */
@Configuration(proxyBeanMethods = false)
class SelLimitsConfig {

    @Bean
    SelLimits selLimits(@Value("${schoolhub.sel.lower-limit:-300}") long lower,
                        @Value("${schoolhub.sel.upper-limit:600}") long upper) {
        return new SelLimits(lower, upper);
    }
}
