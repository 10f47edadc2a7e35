package org.schoolhub.service.config.properties;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Accepts what Spring's scheduler would accept; null is for {@code @NotNull} to judge. */
class CronValidator implements ConstraintValidator<Cron, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || org.springframework.scheduling.support.CronExpression.isValidExpression(value);
    }
}
