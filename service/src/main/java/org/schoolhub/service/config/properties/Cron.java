package org.schoolhub.service.config.properties;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A Spring cron expression (six fields, seconds first), checked at start-up rather than when scheduled. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CronValidator.class)
public @interface Cron {

    String message() default "must be a cron expression of six fields, seconds first (\"0 15 3 * * *\")";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
