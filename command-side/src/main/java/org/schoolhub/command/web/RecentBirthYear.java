package org.schoolhub.command.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A child's birth year within the last 25 years (and not in the future). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RecentBirthYear.Check.class)
public @interface RecentBirthYear {

    String message() default "must be within the last 25 years";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks against the current year, so the window moves by itself. */
    class Check implements ConstraintValidator<RecentBirthYear, Integer> {
        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            int now = Year.now().getValue();
            return year == null || (year >= now - 25 && year <= now);
        }
    }
}
